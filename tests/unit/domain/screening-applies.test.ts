import { describe, expect, it } from 'vitest';
import { applicableItems, PREGNANCY_AGES } from '../../../src/domain/screening-applies';
import { SCREENING_ITEMS, screeningVerdict } from '../../../src/domain/screening';

const ALL = SCREENING_ITEMS.map((i) => i.id);
const PREGNANCY = ['pregnancyUnder13Weeks', 'pregnancy13WeeksPlus'];
const TODAY = '2026-12-07';
const withoutPregnancy = ALL.filter((id) => !PREGNANCY.includes(id));

describe('applicableItems', () => {
  it('asks a man no pregnancy question, whatever his age', () => {
    expect(applicableItems({ sex: 'M', dob: '1990-05-07' }, TODAY)).toEqual(withoutPregnancy);
    expect(applicableItems({ sex: 'M', dob: '2010-01-01' }, TODAY)).toEqual(withoutPregnancy);
  });

  it('asks a woman of child-bearing age every question, in the form’s order', () => {
    expect(applicableItems({ sex: 'F', dob: '1990-05-07' }, TODAY)).toEqual(ALL);
  });

  it('asks a girl under 12 and a woman over 55 no pregnancy question', () => {
    expect(applicableItems({ sex: 'F', dob: '2016-01-01' }, TODAY)).toEqual(withoutPregnancy);
    expect(applicableItems({ sex: 'F', dob: '1950-03-05' }, TODAY)).toEqual(withoutPregnancy);
  });

  it('includes both ends of the age range, counted in completed years', () => {
    expect(PREGNANCY_AGES).toEqual({ min: 12, max: 55 });
    expect(applicableItems({ sex: 'F', dob: '2014-12-07' }, TODAY)).toEqual(ALL); // 12 today
    expect(applicableItems({ sex: 'F', dob: '2014-12-08' }, TODAY)).toEqual(withoutPregnancy); // 11
    expect(applicableItems({ sex: 'F', dob: '1970-12-08' }, TODAY)).toEqual(ALL); // 55
    expect(applicableItems({ sex: 'F', dob: '1970-12-07' }, TODAY)).toEqual(withoutPregnancy); // 56
  });

  it('asks when the sex or the age is unknown', () => {
    expect(applicableItems({}, TODAY)).toEqual(ALL);
    expect(applicableItems({ sex: 'X', dob: '1950-01-01' }, TODAY)).toEqual(withoutPregnancy);
    expect(applicableItems({ sex: 'F', dob: 'not a date' }, TODAY)).toEqual(ALL);
    expect(applicableItems({ sex: 'F' }, TODAY)).toEqual(ALL);
    // A year alone: the age is that of the year.
    expect(applicableItems({ sex: 'F', dob: '1990' }, TODAY)).toEqual(ALL);
  });
});

describe('screeningVerdict', () => {
  const no = (ids: readonly string[]) => Object.fromEntries(ids.map((id) => [id, false]));

  it('gives none before any answer and none while a question could still change it', () => {
    expect(screeningVerdict({}, {}, ALL)).toBeNull();
    expect(screeningVerdict(no(ALL.slice(1)), {}, ALL)).toBeNull();
    // A caution still leaves a contraindication open.
    expect(screeningVerdict({ otherAllergy: true }, {}, ALL)).toBeNull();
    // A referral could still become a postponement.
    expect(screeningVerdict({ severeAnaphylaxisAny: true }, {}, ALL)).toBeNull();
  });

  it('does not take an unanswered question for "no", even with normal vitals', () => {
    expect(screeningVerdict({}, { temperatureC: 36.8 }, ALL)).toBeNull();
  });

  it('gives "eligible" once every asked question is answered "no"', () => {
    expect(screeningVerdict(no(withoutPregnancy), {}, withoutPregnancy)).toEqual({
      outcome: 'eligible',
      reasons: [],
    });
    // For a woman the pregnancy questions are asked too: without them, no verdict.
    expect(screeningVerdict(no(withoutPregnancy), {}, ALL)).toBeNull();
  });

  it('decides early when an answer already means "defer"', () => {
    const verdict = screeningVerdict({ acuteIllness: true }, {}, ALL);
    expect(verdict?.outcome).toBe('postpone');
    expect(screeningVerdict({ anaphylaxisCovidVaccine: true }, {}, ALL)?.outcome).toBe(
      'contraindicated',
    );
  });

  it('gives "refer" once nothing that would postpone is left open', () => {
    const answers = { ...no(ALL), severeAnaphylaxisAny: true, otherAllergy: true };
    delete (answers as Record<string, boolean>).bleedingDisorder;
    expect(screeningVerdict(answers, {}, ALL)?.outcome).toBe('refer');
  });

  it('counts an abnormal vital once the questions are answered', () => {
    expect(screeningVerdict(no(ALL), { temperatureC: 38.2 }, ALL)?.outcome).toBe('caution');
  });

  it('ignores answers to questions that were not asked', () => {
    const answers = { ...no(withoutPregnancy), pregnancyUnder13Weeks: true };
    expect(screeningVerdict(answers, {}, withoutPregnancy)?.outcome).toBe('eligible');
  });
});
