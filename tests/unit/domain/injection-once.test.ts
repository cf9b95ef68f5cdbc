import { describe, expect, it } from 'vitest';
import { effectiveRecords } from '../../../src/domain/corrections';
import { secondInjectionErrors } from '../../../src/domain/injection-once';
import type { InjectionData } from '../../../src/domain/records';
import { typed } from '../../support/records';

const dose1: InjectionData = {
  vaccine: 'AZ',
  lot: 'AZ-001',
  doseNumber: 1,
  doseKind: 'primary',
  arm: 'left',
};
const shot = (n: number, opts: { citizenKey?: string; at?: string } = {}) =>
  typed('injection', dose1, { n, ...opts });

describe('one injection per visit', () => {
  it('lets the first injection of a visit through', () => {
    const checkin = typed('checkin', {} as never, { n: 1 });
    expect(secondInjectionErrors([checkin], shot(2))).toEqual([]);
  });

  it('refuses a second injection in the same visit, naming the first', () => {
    const first = shot(2, { at: '09:20' });
    const errors = secondInjectionErrors([first], shot(3, { at: '09:21' }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ field: 'visitKey', code: 'already-injected' });
    expect(errors[0]!.message).toContain(first.id);
  });

  it('does not count the record being saved, nor another visit’s injection', () => {
    const same = shot(2);
    expect(secondInjectionErrors([same], same)).toEqual([]);
    expect(secondInjectionErrors([shot(4, { citizenKey: 'other' })], shot(5))).toEqual([]);
  });

  it('judges the records as corrected: a changed dose is still the visit’s injection', () => {
    const first = shot(2);
    const fix = typed(
      'correction',
      { targetId: first.id, changes: { 'data.arm': 'right' }, reason: 'Sai tay' },
      { n: 3 },
    );
    expect(secondInjectionErrors(effectiveRecords([first, fix]), shot(4))).toHaveLength(1);
  });
});
