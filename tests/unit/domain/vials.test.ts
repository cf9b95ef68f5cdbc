import { describe, expect, it } from 'vitest';
import type { InjectionData, InjectionRecord } from '../../../src/domain/records';
import { currentVial, lotUse, vialsOf, vialUsable } from '../../../src/domain/vials';
import { typed, uuid } from '../../support/records';

const HOUR = 3_600_000;
let n = 0;
/** An injection at `at` (HH:MM on the sample day) drawn from vial number `vial`. */
function shot(vaccine: string, lot: string, vial: number | undefined, at: string, openedAt = at) {
  n += 1;
  const data: InjectionData = { vaccine, lot, doseNumber: 1, doseKind: 'primary', arm: 'left' };
  if (vial !== undefined) data.vial = { id: uuid(1000 + vial), openedAt: local(openedAt) };
  return typed('injection', data, { n, citizenKey: uuid(n), at });
}
const local = (hhmm: string) => `2026-11-23T${hhmm}:00.000+07:00`;
const ms = (hhmm: string) => Date.parse(local(hhmm));

describe('vialsOf', () => {
  it('opens a vial with its first dose and counts down dose by dose', () => {
    const shots: InjectionRecord[] = [];
    const expectedRemaining = [5, 4, 3, 2, 1, 0];
    for (const remaining of expectedRemaining) {
      shots.push(shot('PF', 'FK5127', 1, `08:${String(10 + shots.length).padStart(2, '0')}`));
      const [vial] = vialsOf(shots);
      expect(vial).toMatchObject({
        id: uuid(1001),
        lot: 'FK5127',
        vaccine: 'PF',
        openedAt: local('08:10'),
        dosesPerVial: 6,
        dosesUsed: shots.length,
        remaining,
      });
    }
  });

  it('never counts below zero when more doses than the label are drawn', () => {
    const shots = Array.from({ length: 7 }, (_, i) => shot('PF', 'FK5127', 1, `08:1${i}`));
    expect(vialsOf(shots)[0]).toMatchObject({ dosesUsed: 7, remaining: 0 });
  });

  it('sets the discard time from each product’s opened-vial lifetime', () => {
    const [az, md, vc, sp] = vialsOf([
      shot('AZ', 'AZ-1', 1, '08:00'),
      shot('MD', 'MD-1', 2, '08:01'),
      shot('VC', 'VC-1', 3, '08:02'),
      shot('SP', 'SP-1', 4, '08:03'),
    ]);
    expect(az?.expiresAtMs).toBe(ms('08:00') + 6 * HOUR);
    expect(md?.expiresAtMs).toBe(ms('08:01') + 12 * HOUR);
    expect(vc?.expiresAtMs).toBe(ms('08:02') + 1 * HOUR);
    expect(sp?.expiresAtMs).toBe(ms('08:03') + 2 * HOUR);
    expect([az?.dosesPerVial, md?.dosesPerVial, vc?.dosesPerVial, sp?.dosesPerVial]).toEqual([
      10, 10, 1, 5,
    ]);
  });

  it('times a vial from when it was opened, not from the dose', () => {
    const [vial] = vialsOf([shot('AZ', 'AZ-1', 1, '09:30', '09:00')]);
    expect(vial?.openedAt).toBe(local('09:00'));
    expect(vial?.expiresAtMs).toBe(ms('09:00') + 6 * HOUR);
  });

  it('treats an unknown product as a one-dose vial good for an hour', () => {
    expect(vialsOf([shot('XX', 'XX-1', 1, '08:00')])[0]).toMatchObject({
      dosesPerVial: 1,
      remaining: 0,
      expiresAtMs: ms('08:00') + HOUR,
    });
  });

  it('ignores injections that name no vial and sorts vials by opening time', () => {
    const vials = vialsOf([
      shot('AZ', 'AZ-1', 2, '10:00'),
      shot('AZ', 'AZ-1', undefined, '09:00'),
      shot('AZ', 'AZ-1', 1, '08:00'),
      shot('AZ', 'AZ-1', 2, '10:05'),
    ]);
    expect(vials.map((v) => [v.id, v.dosesUsed])).toEqual([
      [uuid(1001), 1],
      [uuid(1002), 2],
    ]);
    expect(vialsOf([])).toEqual([]);
  });
});

describe('vialUsable and currentVial', () => {
  const [open] = vialsOf([shot('AZ', 'AZ-1', 1, '08:00')]);

  it('a vial is usable while it has doses and has not reached its discard time', () => {
    if (open === undefined) throw new Error('no vial');
    expect(vialUsable(open, ms('08:00'))).toBe(true);
    expect(vialUsable(open, ms('14:00') - 1)).toBe(true);
    expect(vialUsable(open, ms('14:00'))).toBe(false);
    expect(vialUsable({ ...open, remaining: 0 }, ms('08:30'))).toBe(false);
  });

  it('offers the oldest usable vial of the lot', () => {
    const ten = Array.from({ length: 10 }, (_, i) => shot('AZ', 'AZ-1', 1, `08:0${i}`));
    const vials = vialsOf([
      ...ten,
      shot('AZ', 'AZ-1', 2, '09:00'),
      shot('AZ', 'AZ-1', 3, '09:30'),
      shot('AZ', 'AZ-2', 4, '07:00'),
    ]);
    // Vial 1 is empty; vial 2 is the oldest with doses left.
    expect(currentVial(vials, 'AZ-1', ms('10:00'))?.id).toBe(uuid(1002));
    // Once vial 2 reaches its six hours, vial 3 is next.
    expect(currentVial(vials, 'AZ-1', ms('15:00'))?.id).toBe(uuid(1003));
    expect(currentVial(vials, 'AZ-1', ms('15:30'))).toBeUndefined();
    expect(currentVial(vials, 'AZ-2', ms('10:00'))?.id).toBe(uuid(1004));
    expect(currentVial(vials, 'AZ-2', ms('13:00'))).toBeUndefined();
    expect(currentVial(vials, 'AZ-9', ms('10:00'))).toBeUndefined();
  });
});

describe('lotUse', () => {
  it('counts vials opened, doses used and doses left in opened vials, per lot', () => {
    const vials = vialsOf([
      ...Array.from({ length: 6 }, (_, i) => shot('PF', 'FK5127', 1, `08:0${i}`)),
      shot('PF', 'FK5127', 2, '09:00'),
      shot('PF', 'FK5127', 2, '09:10'),
      shot('AZ', 'AZ-1', 3, '08:30'),
      shot('AZ', 'AZ-1', 3, '08:40'),
      shot('AZ', 'AZ-1', 3, '08:50'),
    ]);
    // At the end of the day every vial has expired: what is left is waste.
    expect(lotUse(vials, ms('23:59'))).toEqual([
      {
        lot: 'AZ-1',
        vaccine: 'AZ',
        vialsOpened: 1,
        dosesUsed: 3,
        dosesOpen: 0,
        openUntilMs: null,
        dosesWasted: 7,
      },
      {
        lot: 'FK5127',
        vaccine: 'PF',
        vialsOpened: 2,
        dosesUsed: 8,
        dosesOpen: 0,
        openUntilMs: null,
        dosesWasted: 4,
      },
    ]);
  });

  it('counts doses left in a vial still usable as open, not waste, until it expires', () => {
    const vials = vialsOf([
      shot('AZ', 'AZ-1', 1, '07:47'),
      shot('AZ', 'AZ-1', 1, '08:00'),
      shot('AZ', 'AZ-1', 1, '08:10'),
      // An empty vial wastes nothing, whatever the time.
      ...Array.from({ length: 6 }, (_, i) => shot('PF', 'FK5127', 2, `09:0${i}`)),
    ]);
    const at = (hhmm: string) =>
      lotUse(vials, ms(hhmm)).map((l) => [l.lot, l.dosesOpen, l.openUntilMs, l.dosesWasted]);
    // Opened at 07:47, an AZ vial is good for six hours: until 13:47.
    expect(at('12:00')).toEqual([
      ['AZ-1', 7, ms('13:47'), 0],
      ['FK5127', 0, null, 0],
    ]);
    expect(at('13:46')).toEqual(at('12:00'));
    expect(at('13:47')).toEqual([
      ['AZ-1', 0, null, 7],
      ['FK5127', 0, null, 0],
    ]);
  });

  it('is empty without vials', () => {
    expect(lotUse([], ms('12:00'))).toEqual([]);
  });
});
