import { describe, expect, it } from 'vitest';
import {
  SCREENING_ITEMS,
  screeningOutcome,
  suggestedDecision,
  unansweredItems,
  vitalOutOfRange,
  type ScreeningItemId,
  type VitalName,
} from '../../../src/domain/screening';
import { samples } from '../../support/records';

/** Every checklist item answered "no", then `yes` answered "yes". */
const answers = (...yes: ScreeningItemId[]): Record<string, boolean> =>
  Object.fromEntries(SCREENING_ITEMS.map(({ id }) => [id, yes.includes(id)]));
const normalVitals = {
  temperatureC: 36.8,
  pulse: 80,
  systolic: 120,
  diastolic: 80,
  respiratoryRate: 18,
};

describe('screeningOutcome: checklist items', () => {
  it('is eligible with every item answered no and normal vitals', () => {
    expect(screeningOutcome(answers(), normalVitals)).toEqual({ outcome: 'eligible', reasons: [] });
    expect(screeningOutcome(answers())).toEqual({ outcome: 'eligible', reasons: [] });
  });

  it.each([
    ['anaphylaxisCovidVaccine', 'contraindicated'],
    ['acuteIllness', 'postpone'],
    ['pregnancyUnder13Weeks', 'postpone'],
    ['severeAnaphylaxisAny', 'refer'],
    ['pregnancy13WeeksPlus', 'caution'],
    ['severeImmunodeficiency', 'caution'],
    ['otherAllergy', 'caution'],
    ['bleedingDisorder', 'caution'],
    ['alteredConsciousness', 'caution'],
  ] as const)('a yes to %s gives %s', (item, outcome) => {
    expect(screeningOutcome(answers(item), normalVitals)).toEqual({
      outcome,
      reasons: [{ kind: 'item', item, outcome }],
    });
  });

  it('covers the nine items of the form, in its order', () => {
    expect(SCREENING_ITEMS.map((i) => i.id)).toEqual([
      'anaphylaxisCovidVaccine',
      'acuteIllness',
      'pregnancyUnder13Weeks',
      'severeAnaphylaxisAny',
      'pregnancy13WeeksPlus',
      'severeImmunodeficiency',
      'otherAllergy',
      'bleedingDisorder',
      'alteredConsciousness',
    ]);
  });

  it('ignores answers that are not a plain yes and items it does not know', () => {
    expect(screeningOutcome({ acuteIllness: false, somethingElse: true }).outcome).toBe('eligible');
    const truthy = { acuteIllness: 'yes' } as unknown as Record<string, boolean>;
    expect(screeningOutcome(truthy).outcome).toBe('eligible');
  });
});

describe('screeningOutcome: vitals', () => {
  const cases: [VitalName, number, boolean][] = [
    ['temperatureC', 35.5, false],
    ['temperatureC', 35.4, true],
    ['temperatureC', 37.5, false],
    ['temperatureC', 37.6, true],
    ['temperatureC', 39, true],
    ['pulse', 60, false],
    ['pulse', 59, true],
    ['pulse', 100, false],
    ['pulse', 101, true],
    ['systolic', 90, false],
    ['systolic', 89, true],
    ['systolic', 140, false],
    ['systolic', 141, true],
    ['diastolic', 60, false],
    ['diastolic', 59, true],
    ['diastolic', 90, false],
    ['diastolic', 91, true],
    ['respiratoryRate', 25, false],
    ['respiratoryRate', 26, true],
    ['respiratoryRate', 4, false],
  ];

  it.each(cases)('%s = %d → out of range: %s', (vital, value, out) => {
    expect(vitalOutOfRange(vital, value)).toBe(out);
    const result = screeningOutcome(answers(), { ...normalVitals, [vital]: value });
    if (out) {
      expect(result).toEqual({
        outcome: 'caution',
        reasons: [{ kind: 'vital', vital, value, outcome: 'caution' }],
      });
    } else {
      expect(result).toEqual({ outcome: 'eligible', reasons: [] });
    }
  });

  it('judges only the vitals that were measured', () => {
    expect(screeningOutcome(answers(), { pulse: 120 })).toEqual({
      outcome: 'caution',
      reasons: [{ kind: 'vital', vital: 'pulse', value: 120, outcome: 'caution' }],
    });
    expect(screeningOutcome(answers(), {}).outcome).toBe('eligible');
  });

  it('lists each abnormal vital', () => {
    const result = screeningOutcome(answers(), {
      temperatureC: 38.2,
      pulse: 110,
      systolic: 150,
      diastolic: 95,
      respiratoryRate: 30,
    });
    expect(result.outcome).toBe('caution');
    expect(result.reasons.map((r) => (r.kind === 'vital' ? r.vital : r.item))).toEqual([
      'temperatureC',
      'pulse',
      'systolic',
      'diastolic',
      'respiratoryRate',
    ]);
  });
});

describe('screeningOutcome: several findings', () => {
  it('the most serious finding decides, and every finding is listed most serious first', () => {
    const result = screeningOutcome(
      answers('otherAllergy', 'severeAnaphylaxisAny', 'acuteIllness', 'anaphylaxisCovidVaccine'),
      { ...normalVitals, temperatureC: 38 },
    );
    expect(result.outcome).toBe('contraindicated');
    expect(result.reasons).toEqual([
      { kind: 'item', item: 'anaphylaxisCovidVaccine', outcome: 'contraindicated' },
      { kind: 'item', item: 'acuteIllness', outcome: 'postpone' },
      { kind: 'item', item: 'severeAnaphylaxisAny', outcome: 'refer' },
      { kind: 'item', item: 'otherAllergy', outcome: 'caution' },
      { kind: 'vital', vital: 'temperatureC', value: 38, outcome: 'caution' },
    ]);
  });

  it.each([
    [['acuteIllness', 'severeAnaphylaxisAny'], 'postpone'],
    [['pregnancyUnder13Weeks', 'bleedingDisorder'], 'postpone'],
    [['severeAnaphylaxisAny', 'pregnancy13WeeksPlus'], 'refer'],
    [['anaphylaxisCovidVaccine', 'acuteIllness'], 'contraindicated'],
    [['otherAllergy', 'bleedingDisorder'], 'caution'],
  ] as [ScreeningItemId[], string][])('%j → %s', (yes, outcome) => {
    expect(screeningOutcome(answers(...yes)).outcome).toBe(outcome);
  });

  it('an abnormal vital does not soften a postponement or a referral', () => {
    expect(screeningOutcome(answers('acuteIllness'), { pulse: 130 }).outcome).toBe('postpone');
    expect(screeningOutcome(answers('severeAnaphylaxisAny'), { systolic: 160 }).outcome).toBe(
      'refer',
    );
  });

  it('keeps findings of equal weight in the order of the form', () => {
    const result = screeningOutcome(answers('alteredConsciousness', 'pregnancy13WeeksPlus'), {
      diastolic: 50,
    });
    expect(result.reasons.map((r) => (r.kind === 'item' ? r.item : r.vital))).toEqual([
      'pregnancy13WeeksPlus',
      'alteredConsciousness',
      'diastolic',
    ]);
  });
});

describe('suggestedDecision', () => {
  it.each([
    ['eligible', 'proceed'],
    ['caution', 'proceed'],
    ['postpone', 'defer'],
    ['contraindicated', 'defer'],
    ['refer', 'refer'],
  ] as const)('%s → %s', (outcome, decision) => {
    expect(suggestedDecision(outcome)).toBe(decision);
  });
});

describe('unansweredItems', () => {
  it('lists every item when nothing is answered', () => {
    expect(unansweredItems({})).toEqual(SCREENING_ITEMS.map((i) => i.id));
  });

  it('is empty when every item is answered yes or no', () => {
    expect(unansweredItems(answers())).toEqual([]);
    expect(unansweredItems(answers('acuteIllness', 'otherAllergy'))).toEqual([]);
  });

  it('lists the missing ones in form order, counting a non-boolean as unanswered', () => {
    const partial: Record<string, unknown> = answers();
    delete partial.severeAnaphylaxisAny;
    partial.acuteIllness = undefined;
    partial.bleedingDisorder = null;
    partial.unknownItem = true;
    expect(unansweredItems(partial as Record<string, boolean>)).toEqual([
      'acuteIllness',
      'severeAnaphylaxisAny',
      'bleedingDisorder',
    ]);
  });
});

describe('the sample screening record', () => {
  it('answers every item and its outcome is the one the rules give', () => {
    const { data } = samples.screening();
    expect(unansweredItems(data.answers)).toEqual([]);
    expect(screeningOutcome(data.answers, data.vitals).outcome).toBe(data.outcome);
    expect(suggestedDecision(data.outcome as 'eligible')).toBe(data.decision);
  });
});
