// Vietnamese mobile numbers (docs/architecture.md §6): stored as the 10-digit national form
// 0XXXXXXXXX.

const MOBILE = /^0[35789]\d{8}$/;
// People write numbers with spaces, dots, dashes and parentheses, e.g. "(+84) 912.345.678".
const SEPARATORS = /[\s.\-()]/g;

export function normalizePhone(input: string): string | null {
  let digits = input.replace(SEPARATORS, '');
  if (digits.startsWith('+84')) digits = digits.slice(3);
  else if (digits.startsWith('84') && digits.length === 11) digits = digits.slice(2);
  else if (!digits.startsWith('0')) return null;
  // "+84 0912…" is a common mix of the two forms.
  const national = digits.startsWith('0') ? digits : `0${digits}`;
  return MOBILE.test(national) ? national : null;
}
