import { describe, expect, it } from 'vitest';
import { makeCitizenId } from '../../../src/domain/citizen-id';
import { daySummary } from '../../../src/domain/day-summary';
import type {
  CheckinData,
  InjectionData,
  ObservationData,
  ScreeningData,
  VaxRecord,
} from '../../../src/domain/records';
import { typed, uuid } from '../../support/records';
import { ADULT_ID, DAY } from '../../support/records';

/** Late on the sample day: every vial opened that morning has expired. */
const EVENING = Date.parse(`${DAY}T22:00:00.000+07:00`);

const A = ADULT_ID;
const B = uuid(900); // provisional key: no ID number
const C = makeCitizenId('001', 'M', 1985, '000111');
const D = makeCitizenId('048', 'F', 1972, '222333');
const E = makeCitizenId('092', 'M', 1960, '444555');
const G = makeCitizenId('031', 'F', 2000, '777888');

let n = 0;
const next = () => (n += 1);
const checkin = (citizenKey: string, at: string) =>
  typed(
    'checkin',
    {
      method: 'manual',
      citizen: { fullName: 'Công dân', dob: '1980-01-01', sex: 'M' },
    } satisfies CheckinData,
    { n: next(), citizenKey, at },
  );
const screening = (citizenKey: string, at: string, outcome: ScreeningData['outcome']) =>
  typed(
    'screening',
    { answers: {}, outcome, decision: outcome === 'eligible' ? 'proceed' : 'defer' },
    { n: next(), citizenKey, at },
  );
const injection = (
  citizenKey: string,
  at: string,
  data: Pick<InjectionData, 'vaccine' | 'lot' | 'doseNumber'>,
  vial: number,
  openedAt = at,
) =>
  typed(
    'injection',
    {
      ...data,
      doseKind: 'primary',
      arm: 'left',
      vial: { id: uuid(500 + vial), openedAt: `${DAY}T${openedAt}:00.000+07:00` },
    },
    { n: next(), citizenKey, at },
  );
const observation = (
  citizenKey: string,
  at: string,
  reactions: ObservationData['reactions'],
  referred = false,
) =>
  typed(
    'observation',
    { releasedAt: `${DAY}T${at}:00.000+07:00`, reactions, referred },
    { n: next(), citizenKey, at },
  );

function day(): { records: VaxRecord[]; wrongLot: VaxRecord } {
  const wrongLot = injection(D, '09:10', { vaccine: 'PF', lot: 'FK5999', doseNumber: 1 }, 3);
  const records: VaxRecord[] = [
    // A: checked in on two tablets; cautioned for a fast pulse, re-screened eligible, injected.
    checkin(A, '08:00'),
    checkin(A, '08:01'),
    screening(A, '08:20', 'eligible'),
    screening(A, '08:05', 'caution'),
    injection(A, '08:25', { vaccine: 'PF', lot: 'FK5127', doseNumber: 1 }, 1),
    observation(A, '08:55', [{ code: 'injection-site-pain', severity: 'mild' }]),
    // B: no ID card, acute illness: postponed.
    checkin(B, '08:10'),
    screening(B, '08:12', 'postpone'),
    // C: second AstraZeneca dose; a reaction that needed a referral.
    checkin(C, '08:30'),
    screening(C, '08:35', 'eligible'),
    injection(C, '08:40', { vaccine: 'AZ', lot: 'AZ-1', doseNumber: 2 }, 2),
    observation(
      C,
      '09:15',
      [
        { code: 'fever', severity: 'moderate' },
        { code: 'breathing-difficulty', severity: 'severe' },
      ],
      true,
    ),
    // D: injected from a fresh Pfizer vial whose lot was typed wrong, then corrected.
    checkin(D, '09:00'),
    screening(D, '09:05', 'eligible'),
    wrongLot,
    observation(D, '09:40', []),
    // G: the second dose drawn from A's vial; still on the observation board.
    checkin(G, '09:15'),
    screening(G, '09:17', 'eligible'),
    injection(G, '09:20', { vaccine: 'PF', lot: 'FK5127', doseNumber: 1 }, 1, '08:25'),
    // E: grade-3 anaphylaxis history: referred to a hospital.
    checkin(E, '10:00'),
    screening(E, '10:05', 'refer'),
  ];
  return { records, wrongLot };
}

const lot = (code: string, vaccine: string, vials: number, used: number, wasted: number) => ({
  lot: code,
  vaccine,
  vialsOpened: vials,
  dosesUsed: used,
  dosesOpen: 0,
  openUntilMs: null,
  dosesWasted: wasted,
});

describe('daySummary', () => {
  it('sums up a small day, with the corrected lot', () => {
    const { records, wrongLot } = day();
    const correction = typed(
      'correction',
      { targetId: wrongLot.id, changes: { 'data.lot': 'FK5127' }, reason: 'Nhầm số lô' },
      { n: next(), citizenKey: D, at: '09:12' },
    );
    expect(daySummary([...records, correction], EVENING)).toEqual({
      checkedIn: 6,
      screened: { eligible: 4, postpone: 1, contraindicated: 0, refer: 1, caution: 0 },
      injected: [
        { vaccine: 'AZ', doseNumber: 2, count: 1 },
        { vaccine: 'PF', doseNumber: 1, count: 3 },
      ],
      released: 3,
      reactions: { mild: 1, moderate: 1, severe: 1, referred: 1 },
      lots: [lot('AZ-1', 'AZ', 1, 1, 9), lot('FK5127', 'PF', 2, 3, 9)],
    });
  });

  it('without the correction the wrong lot shows', () => {
    const { records } = day();
    expect(daySummary(records, EVENING).lots).toEqual([
      lot('AZ-1', 'AZ', 1, 1, 9),
      lot('FK5127', 'PF', 1, 2, 4),
      lot('FK5999', 'PF', 1, 1, 5),
    ]);
  });

  it('counts a visit by its latest screening, whatever order the records come in', () => {
    const { records } = day();
    const reversed = daySummary([...records].reverse(), EVENING);
    expect(reversed.screened).toEqual(daySummary(records, EVENING).screened);
    const later = screening(A, '09:50', 'postpone');
    expect(daySummary([...records, later], EVENING).screened).toMatchObject({
      eligible: 3,
      postpone: 2,
    });
  });

  it('corrects the dose counts too', () => {
    const { records, wrongLot } = day();
    const correction = typed(
      'correction',
      { targetId: wrongLot.id, changes: { 'data.vaccine': 'MD' }, reason: 'Nhầm vắc xin' },
      { n: next(), citizenKey: D, at: '09:12' },
    );
    expect(daySummary([...records, correction], EVENING).injected).toEqual([
      { vaccine: 'AZ', doseNumber: 2, count: 1 },
      { vaccine: 'MD', doseNumber: 1, count: 1 },
      { vaccine: 'PF', doseNumber: 1, count: 2 },
    ]);
  });

  it('is all zeros for an empty day', () => {
    expect(daySummary([], EVENING)).toEqual({
      checkedIn: 0,
      screened: { eligible: 0, postpone: 0, contraindicated: 0, refer: 0, caution: 0 },
      injected: [],
      released: 0,
      reactions: { mild: 0, moderate: 0, severe: 0, referred: 0 },
      lots: [],
    });
  });
});
