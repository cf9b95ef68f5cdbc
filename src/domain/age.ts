// Ages in completed years, computed on calendar dates (YYYY-MM-DD) so no time zone can shift them.
// A date of birth known only by its year ('YYYY', see birth-date.ts) gives the age reached during
// the visit's year: the person is taken as born on 1 January, the oldest they can be. So a
// year-alone child turns 18 (and needs no guardian) from 1 January of the year they turn 18.

export const AGE_OF_MAJORITY = 18;

export function ageOn(dob: string, onDate: string): number {
  const years = Number(onDate.slice(0, 4)) - Number(dob.slice(0, 4));
  // Not yet had this year's birthday; someone born on 29 Feb turns a year older on 1 Mar.
  return onDate.slice(5, 10) < dob.slice(5, 10) ? years - 1 : years;
}

export function isMinor(dob: string, onDate: string): boolean {
  return ageOn(dob, onDate) < AGE_OF_MAJORITY;
}
