// A date as Vietnamese readers write it: dd/mm/yyyy, day first. Dates stay YYYY-MM-DD inside
// (records, CSV, links); this is only how they are shown.
import type { LocalDate } from './local-date';

/** "2026-03-05" → "05/03/2026". */
export const dmy = (date: LocalDate): string =>
  `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
