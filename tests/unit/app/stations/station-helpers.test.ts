import { describe, expect, it } from 'vitest';
import { formatCountdown } from '../../../../src/app/stations/shared/clock';
import { changesFrom, draftOf } from '../../../../src/app/stations/history/correction-draft';
import { correctionSteps } from '../../../../src/app/stations/history/correction-steps';
import {
  injectionProblems,
  vialInUse,
} from '../../../../src/app/stations/injection/injection-draft';
import {
  parseVitals,
  screeningProblems,
} from '../../../../src/app/stations/screening/screening-draft';
import { stationViews } from '../../../../src/app/stations/shared/station-views';
import { summaryDiff } from '../../../../src/app/stations/day/summary-diff';
import type { DaySummary } from '../../../../src/domain/day-summary';
import type { CorrectionRecord, InjectionRecord } from '../../../../src/domain/records';
import { SCREENING_ITEMS } from '../../../../src/domain/screening';
import type { Translate } from '../../../../src/i18n/i18n';

const t: Translate = (key, params) => `${key}${params ? JSON.stringify(params) : ''}`;
const injection: InjectionRecord = {
  id: '0193a1b2-0000-7000-8000-000000000001',
  type: 'injection',
  siteId: 'site-1',
  staffId: 'nurse-1',
  visitKey: 'site-1:2026-11-23:079090000123',
  occurredAt: '2026-11-23T09:00:00.000+07:00',
  data: { vaccine: 'AZ', lot: 'AZ-1', doseNumber: 1, doseKind: 'primary', arm: 'left' },
};

describe('parseVitals and screeningProblems', () => {
  it('reads a decimal comma, skips empty fields and reports what is not a number', () => {
    expect(parseVitals({ temperatureC: '37,5', pulse: '', systolic: 'abc' })).toEqual({
      vitals: { temperatureC: 37.5 },
      invalid: ['systolic'],
    });
  });

  it('blocks a save until every item is answered and consent is given to proceed', () => {
    const answers = Object.fromEntries(SCREENING_ITEMS.map(({ id }) => [id, false]));
    const asked = SCREENING_ITEMS.map(({ id }) => id);
    const draft = {
      ...{ answers: {}, asked, vitalsText: {} },
      ...{ decision: 'proceed' as const, consent: false },
    };
    expect(screeningProblems(draft).map((p) => p.key)).toEqual([
      'screening.unanswered',
      'screening.consentMissing',
    ]);
    expect(screeningProblems({ ...draft, answers, consent: true })).toEqual([]);
    expect(screeningProblems({ ...draft, answers, decision: 'defer' })).toEqual([]);
  });

  it('asks only the questions asked, and a decision once there is none', () => {
    const asked = ['acuteIllness', 'otherAllergy'] as const;
    const draft = { answers: { acuteIllness: false }, asked, vitalsText: {}, consent: false };
    expect(screeningProblems({ ...draft, decision: null })).toEqual([
      { key: 'screening.unanswered', params: { n: 1 } },
      { key: 'screening.decisionMissing' },
    ]);
    const answered = { acuteIllness: false, otherAllergy: false };
    expect(screeningProblems({ ...draft, answers: answered, decision: 'defer' })).toEqual([]);
  });
});

describe('injection draft', () => {
  const lot = {
    lot: 'AZ-1',
    vaccine: 'AZ',
    expiry: '2027-01-01',
    dosesAllocated: 100,
    dosesUsed: 0,
  };
  it('uses the pending vial of the lot until it expires', () => {
    const pending = { lot: 'AZ-1', id: 'v1', openedAt: '2026-11-23T09:00:00.000+07:00' };
    const opened = Date.parse(pending.openedAt);
    expect(vialInUse(lot, [], pending, opened + 60_000).kind).toBe('pending');
    expect(vialInUse(lot, [], pending, opened + 7 * 3_600_000).kind).toBe('none');
    expect(vialInUse({ ...lot, lot: 'AZ-2' }, [], pending, opened).kind).toBe('none');
  });

  it('refuses a lot with a problem, a missing vial, override reason or arm', () => {
    const plan = {
      doseNumber: 2,
      doseKind: 'primary' as const,
      seriesComplete: false,
      warnings: ['too-early' as const],
    };
    const base = { plan, overrideReason: '', arm: null, vial: { kind: 'none' as const } };
    expect(injectionProblems({ ...base, lot: { ...lot, problem: 'expired' } })[0]?.key).toBe(
      'injection.lotUnusable',
    );
    expect(
      injectionProblems({ ...base, lot: { ...lot, problem: null } }).map((p) => p.key),
    ).toEqual(['injection.vialMissing', 'injection.overrideMissing', 'injection.armMissing']);
  });
});

describe('corrections', () => {
  it('sends only what changed, and a lot of another vaccine corrects the vaccine too', () => {
    const lots = [{ lot: 'PF-9', vaccine: 'PF' }];
    const draft = { ...draftOf(injection), 'data.lot': 'PF-9', 'data.arm': 'left' };
    expect(changesFrom(injection, draft, lots)).toEqual({
      changes: { 'data.lot': 'PF-9', 'data.vaccine': 'PF' },
      problems: [],
    });
  });

  it('replays corrections in order, showing each value before and after', () => {
    const correction = (id: string, arm: string, at: string): CorrectionRecord => ({
      ...injection,
      id,
      type: 'correction',
      occurredAt: at,
      data: { targetId: injection.id, changes: { 'data.arm': arm }, reason: 'nhầm' },
    });
    const steps = correctionSteps({
      original: injection,
      corrections: [
        correction(
          '0193a1b2-0000-7000-8000-000000000002',
          'right',
          '2026-11-23T09:10:00.000+07:00',
        ),
        correction('0193a1b2-0000-7000-8000-000000000003', 'left', '2026-11-23T09:20:00.000+07:00'),
      ],
    });
    expect(steps.map((s) => s.changes[0])).toEqual([
      { path: 'data.arm', from: 'left', to: 'right' },
      { path: 'data.arm', from: 'right', to: 'left' },
    ]);
  });
});

describe('summaryDiff', () => {
  const day: DaySummary = {
    checkedIn: 3,
    screened: { eligible: 2, postpone: 1, contraindicated: 0, refer: 0, caution: 0 },
    injected: [{ vaccine: 'AZ', doseNumber: 1, count: 2 }],
    released: 2,
    reactions: { mild: 1, moderate: 0, severe: 0, referred: 0 },
    lots: [
      {
        lot: 'AZ-1',
        vaccine: 'AZ',
        vialsOpened: 1,
        dosesUsed: 2,
        dosesOpen: 0,
        openUntilMs: null,
        dosesWasted: 8,
      },
    ],
  };
  it('is empty when both sides agree and lists each differing figure otherwise', () => {
    expect(summaryDiff(day, structuredClone(day), t)).toEqual([]);
    const server = { ...structuredClone(day), checkedIn: 2, injected: [] };
    expect(summaryDiff(day, server, t).map((r) => [r.id, r.local, r.server])).toEqual([
      ['checkedIn', 3, 2],
      ['injected.AZ.1', 2, 0],
    ]);
  });
});

describe('stationViews and formatCountdown', () => {
  it('offers a mobile team every station the role may record at, then the records and the report', () => {
    expect(stationViews('all', 'volunteer')).toEqual({
      allowed: ['checkin', 'observation', 'visits', 'report'],
      refused: ['screening', 'injection'],
    });
    expect(stationViews('injection', 'nurse').allowed).toEqual(['injection', 'visits', 'report']);
  });

  it('counts down as mm:ss and never shows a negative time', () => {
    expect(formatCountdown(1800)).toBe('30:00');
    expect(formatCountdown(61)).toBe('01:01');
    expect(formatCountdown(-5)).toBe('00:00');
  });
});
