// Which checklist questions apply to the person being screened. The Ministry's form asks about
// pregnancy only of women who could be pregnant; asking a man, a child or an elderly woman costs
// taps and trust. Unknown sex or an unreadable date of birth: the question is asked.
import { ageOn } from './age';
import { SCREENING_ITEMS, type ScreeningItemId } from './screening';

/** Ages (completed years) at which pregnancy is asked about; generous, so no pregnancy is missed. */
export const PREGNANCY_AGES = { min: 12, max: 55 } as const;

const PREGNANCY_ITEMS: ReadonlySet<ScreeningItemId> = new Set([
  'pregnancyUnder13Weeks',
  'pregnancy13WeeksPlus',
]);

export interface ScreenedPerson {
  /** 'M' or 'F' as registered; anything else is unknown. */
  sex?: string;
  /** YYYY-MM-DD, or YYYY when only the year is known. */
  dob?: string;
}

function couldBePregnant({ sex, dob }: ScreenedPerson, onDate: string): boolean {
  if (sex === 'M') return false;
  if (dob === undefined || !/^\d{4}(-\d{2}-\d{2})?$/.test(dob)) return true;
  const age = ageOn(dob, onDate);
  return age >= PREGNANCY_AGES.min && age <= PREGNANCY_AGES.max;
}

/** The checklist items to ask this person on `onDate` (YYYY-MM-DD), in the form's order. */
export function applicableItems(person: ScreenedPerson, onDate: string): ScreeningItemId[] {
  const pregnancy = couldBePregnant(person, onDate);
  return SCREENING_ITEMS.map(({ id }) => id).filter((id) => pregnancy || !PREGNANCY_ITEMS.has(id));
}
