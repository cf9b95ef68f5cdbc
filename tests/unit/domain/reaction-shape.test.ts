import { describe, expect, it } from 'vitest';
import { reactionProblems } from '../../../src/domain/observation';
import type { Reaction } from '../../../src/domain/records';
import { validateRecord } from '../../../src/domain/validate-record';
import { samples } from '../../support/records';

const NOW = new Date(samples.AT);
const AT = '2026-11-23T09:50:00.000+07:00';

function errorsWith(reactions: unknown[]): string[] {
  const record = samples.observation();
  (record.data as { reactions: unknown[] }).reactions = reactions;
  const result = validateRecord(record, NOW);
  return result.ok ? [] : result.errors.map((e) => `${e.field}:${e.code}`);
}

describe('reactions in an observation record', () => {
  it('refuses anaphylaxis graded mild or moderate, with the reason', () => {
    expect(errorsWith([{ code: 'anaphylaxis', severity: 'mild', brighton: 1 }])).toEqual([
      'data.reactions.0.severity:anaphylaxis-severity',
    ]);
    expect(errorsWith([{ code: 'anaphylaxis', severity: 'moderate' }])).toEqual([
      'data.reactions.0.severity:anaphylaxis-severity',
    ]);
  });

  it('accepts anaphylaxis with a Brighton level and its treatment', () => {
    const treatment = { actions: ['adrenaline-im', 'oxygen'], note: 'Theo dõi 2 giờ', at: AT };
    expect(
      errorsWith([{ code: 'anaphylaxis', severity: 'severe', brighton: 2, treatment }]),
    ).toEqual([]);
  });

  it('keeps records made before Brighton levels and treatments valid', () => {
    expect(errorsWith([{ code: 'anaphylaxis', severity: 'severe' }])).toEqual([]);
    expect(errorsWith([{ code: 'breathing-difficulty', severity: 'severe' }])).toEqual([]);
    expect(errorsWith([{ code: 'fever', severity: 'mild' }])).toEqual([]);
  });

  it('refuses a Brighton level out of range or on another reaction', () => {
    expect(errorsWith([{ code: 'anaphylaxis', severity: 'severe', brighton: 4 }])).toEqual([
      'data.reactions.0.brighton:range',
    ]);
    expect(errorsWith([{ code: 'anaphylaxis', severity: 'severe', brighton: 1.5 }])).toEqual([
      'data.reactions.0.brighton:type',
    ]);
    expect(errorsWith([{ code: 'rash', severity: 'severe', brighton: 1 }])).toEqual([
      'data.reactions.0.brighton:brighton-not-anaphylaxis',
    ]);
  });

  it('refuses a treatment that says nothing, names an unknown action or has no time', () => {
    const severe = { code: 'breathing-difficulty', severity: 'severe' };
    expect(errorsWith([{ ...severe, treatment: { actions: [], at: AT } }])).toEqual([
      'data.reactions.0.treatment.actions:required',
    ]);
    expect(
      errorsWith([{ ...severe, treatment: { actions: [], note: 'Nằm nghỉ', at: AT } }]),
    ).toEqual([]);
    expect(errorsWith([{ ...severe, treatment: { actions: ['magic'], at: AT } }])).toEqual([
      'data.reactions.0.treatment.actions.0:unknown',
    ]);
    expect(
      errorsWith([{ ...severe, treatment: { actions: ['oxygen', 'oxygen'], at: AT } }]),
    ).toEqual(['data.reactions.0.treatment.actions.1:duplicate']);
    expect(errorsWith([{ ...severe, treatment: { actions: ['oxygen'] } }])).toEqual([
      'data.reactions.0.treatment.at:required',
    ]);
    expect(errorsWith([{ ...severe, treatment: { actions: 'oxygen', at: '10:05' } }])).toEqual(
      expect.arrayContaining(['data.reactions.0.treatment.actions:type']),
    );
  });
});

describe('reactionProblems (what the tablet asks for now)', () => {
  const at = AT;
  it('asks a Brighton level and a treatment for anaphylaxis', () => {
    const bare: Reaction = { code: 'anaphylaxis', severity: 'severe' };
    expect(reactionProblems(bare)).toEqual(['brighton-missing', 'treatment-missing']);
    expect(
      reactionProblems({ ...bare, brighton: 3, treatment: { actions: ['adrenaline-im'], at } }),
    ).toEqual([]);
    expect(reactionProblems({ ...bare, severity: 'mild', brighton: 1 })).toContain(
      'anaphylaxis-not-severe',
    );
  });

  it('asks a treatment for a severe reaction, not for a mild one', () => {
    expect(reactionProblems({ code: 'rash', severity: 'severe' })).toEqual(['treatment-missing']);
    expect(reactionProblems({ code: 'rash', severity: 'mild' })).toEqual([]);
    expect(
      reactionProblems({ code: 'rash', severity: 'severe', treatment: { actions: [], at } }),
    ).toEqual(['treatment-empty']);
  });
});
