// A district (quận, huyện, thị xã, thành phố thuộc tỉnh) by its code in Vietnam's list of
// administrative units (Decision 124/2004/QĐ-TTg): three digits, numbered across the whole
// country, so a code alone names one district (760 is Quận 1 of Hồ Chí Minh City, province 79).
export const DISTRICT_CODE = /^\d{3}$/;

/** What is wrong with `code` as a district code, or undefined when it is one. */
export function districtCodeProblem(code: string): { code: string; message: string } | undefined {
  if (DISTRICT_CODE.test(code)) return undefined;
  const digits = /^\d+$/.test(code) ? `, not ${code.length}` : '';
  return {
    code: 'format',
    message: `Must be the district's code: 3 digits${digits} (e.g. 760, Quận 1 of Hồ Chí Minh City)`,
  };
}
