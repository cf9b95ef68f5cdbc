import { describe, expect, it } from 'vitest';
import { dmy } from '../../../src/domain/date-text';
import { parseDate, toLocalDate, type LocalDate } from '../../../src/domain/local-date';

const date = (s: string) => toLocalDate(s) as LocalDate;

describe('dmy', () => {
  it('writes a date day first, as Vietnamese readers do', () => {
    expect(dmy(date('2026-03-05'))).toBe('05/03/2026');
    expect(dmy(date('1900-12-31'))).toBe('31/12/1900');
  });

  it('is read back by parseDate as the same date', () => {
    for (const s of ['2024-02-29', '2026-11-20', '2100-01-01']) {
      expect(parseDate(dmy(date(s)))).toEqual({ ok: true, date: s });
    }
  });
});
