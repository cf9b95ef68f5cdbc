// The wire schemas are the one description of the protocol: the types the tablet uses are derived
// from them, and the day report the domain computes must be what its schema lets through (Fastify
// drops any field a response schema does not name).
import type { Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { daySummary, type DaySummary } from '../../../src/domain/day-summary';
import type { PushResult, Site } from '../../../src/domain/protocol';
import {
  DaySummarySchema,
  PushResponseSchema,
  PullResponseSchema,
} from '../../../src/domain/protocol-schemas';
import type { Change } from '../../../src/domain/reference-data';
import { DAY, numberedCheckin, typed } from '../../support/records';

describe('wire schemas', () => {
  it('describe the domain day report field for field', () => {
    expectTypeOf<Static<typeof DaySummarySchema>>().toEqualTypeOf<DaySummary>();
  });

  it('accept a day report computed from records, and refuse one missing a figure', () => {
    const records = [
      numberedCheckin(1),
      typed(
        'injection',
        { vaccine: 'PF', lot: 'FK1', doseNumber: 1, doseKind: 'primary', arm: 'left' },
        { n: 2, at: '09:40' },
      ),
    ];
    const summary = daySummary(records, Date.parse(`${DAY}T12:00:00+07:00`));
    expect(summary.checkedIn).toBe(1);
    expect(summary.injected).toEqual([{ vaccine: 'PF', doseNumber: 1, count: 1 }]);
    expect(Value.Check(DaySummarySchema, summary)).toBe(true);
    const partial: Partial<DaySummary> = { ...summary };
    delete partial.released;
    expect(Value.Check(DaySummarySchema, partial)).toBe(false);
  });

  it('give the tablet precise types for what it reads', () => {
    expectTypeOf<PushResult['status']>().toEqualTypeOf<'accepted' | 'duplicate' | 'rejected'>();
    expectTypeOf<Static<typeof PullResponseSchema>['changes'][number]>().toEqualTypeOf<Change>();
    expectTypeOf<Site>().toEqualTypeOf<{ id: string; name: string; province: string }>();
  });

  it('refuse a push answer with an unknown status', () => {
    const ok = { results: [{ id: 'a', status: 'accepted' }] };
    expect(Value.Check(PushResponseSchema, ok)).toBe(true);
    expect(Value.Check(PushResponseSchema, { results: [{ id: 'a', status: 'lost' }] })).toBe(false);
  });
});
