// When a record says it happened (docs/architecture.md §10). The impossible is refused: a year
// outside the plausible range, a UTC offset no time zone uses, a visit key dated more than a day
// from occurredAt (but for a correction made after its visit). The implausible is accepted and flagged for the data-quality pages: a time more
// than a day ahead of the checking clock (the tablet's own, or the server's), one before the
// campaign began, a visit key one day off (a visit that crossed midnight). Pure: the clock is
// passed in.
import type { FieldReader, Obj } from './field-reader';
import { daysBetween, type LocalDate } from './local-date';
import type { FieldError } from './records';
import { parseVisitKey } from './visit-key';

/** Vietnam's COVID-19 vaccination campaign gave its first dose on 8 March 2021. */
export const CAMPAIGN_START = '2021-03-08' as LocalDate;
/** Clocks drift and tablets cross time zones; more than a day ahead is no longer drift. */
const FUTURE_SLACK_MS = 86_400_000;

export interface RecordTimes {
  /** occurredAt's local date, when occurredAt is valid. */
  visitDate?: LocalDate;
  flags: FieldError[];
}

/** Reads occurredAt and checks it against the visit key's date and, when given, the clock. */
export function checkRecordTimes(r: FieldReader, input: Obj, now?: Date): RecordTimes {
  const occurred = r.timestamp(input, 'occurredAt', 'occurredAt');
  if (occurred === undefined) return { flags: [] };
  const flags: FieldError[] = [];
  const flag = (field: string, code: string, message: string) =>
    flags.push({ field, code, message });

  const keyDate = visitKeyDate(input.visitKey);
  const apart = keyDate === undefined ? 0 : daysBetween(occurred.localDate, keyDate);
  // A correction belongs to the visit it corrects, and a mistake may be found long after it (a
  // registry check weeks later): only one dated before its visit is impossible.
  const lateCorrection = input.type === 'correction' && apart < 0;
  if (!lateCorrection && Math.abs(apart) > 1) {
    r.fail('visitKey', 'visit-date', 'The visit key is dated more than a day from occurredAt');
  } else if (!lateCorrection && apart !== 0) {
    flag('visitKey', 'visit-date-off', 'The visit key is dated one day from occurredAt');
  }
  if (now !== undefined && occurred.epochMs > now.getTime() + FUTURE_SLACK_MS) {
    flag('occurredAt', 'future-time', 'More than a day ahead of the clock that checked it');
  }
  if (occurred.localDate < CAMPAIGN_START) {
    flag('occurredAt', 'before-campaign', `Before the campaign began on ${CAMPAIGN_START}`);
  }
  return { visitDate: occurred.localDate, flags };
}

/** The visit key's date when the key is well formed (its own checks report it otherwise). */
function visitKeyDate(visitKey: unknown): LocalDate | undefined {
  return typeof visitKey === 'string' ? parseVisitKey(visitKey)?.localDate : undefined;
}
