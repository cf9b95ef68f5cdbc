import { describe, expect, it } from 'vitest';
import { CARRY_OVER_MS, carriesOver, datesOnToday } from '../../../src/domain/visit-day';
import type { LocalDate } from '../../../src/domain/local-date';

const at = (iso: string) => Date.parse(iso);

describe('visits carried over midnight', () => {
  it('looks at the day before and today, across a month and a year', () => {
    expect(datesOnToday('2026-12-08' as LocalDate)).toEqual(['2026-12-07', '2026-12-08']);
    expect(datesOnToday('2027-01-01' as LocalDate)).toEqual(['2026-12-31', '2027-01-01']);
    expect(datesOnToday('2028-03-01' as LocalDate)).toEqual(['2028-02-29', '2028-03-01']);
  });

  it('keeps someone injected at 23:50 on the lists at 00:10, whatever the offset is written as', () => {
    const now = at('2026-12-08T00:10:00.000+07:00');
    expect(carriesOver('in-observation', '2026-12-07T23:50:00.000+07:00', now)).toBe(true);
    expect(carriesOver('in-observation', '2026-12-07T16:50:00.000Z', now)).toBe(true);
    expect(carriesOver('waiting-screening', '2026-12-07T23:58:00.000+07:00', now)).toBe(true);
    expect(carriesOver('waiting-injection', '2026-12-07T23:30:00.000+07:00', now)).toBe(true);
  });

  it('drops finished visits at once and open ones once older than any visit lasts', () => {
    const now = at('2026-12-08T00:10:00.000+07:00');
    for (const done of ['released', 'deferred', 'referred'] as const) {
      expect(carriesOver(done, '2026-12-07T23:55:00.000+07:00', now)).toBe(false);
    }
    const last = '2026-12-07T20:00:00.000+07:00';
    expect(carriesOver('in-observation', last, at(last) + CARRY_OVER_MS - 1)).toBe(true);
    expect(carriesOver('in-observation', last, at(last) + CARRY_OVER_MS)).toBe(false);
    expect(carriesOver('waiting-screening', '2026-12-07T08:00:00.000+07:00', now)).toBe(false);
  });
});
