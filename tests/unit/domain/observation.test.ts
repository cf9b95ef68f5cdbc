import { describe, expect, it } from 'vitest';
import {
  OBSERVATION_MINUTES,
  REACTIONS,
  needsReferral,
  observationEndsAtMs,
  secondsLeft,
} from '../../../src/domain/observation';

const injectedAt = '2026-11-23T09:15:00.000+07:00';
const at = (iso: string) => Date.parse(iso);

describe('observation timing', () => {
  it('lasts 30 minutes from the injection', () => {
    expect(OBSERVATION_MINUTES).toBe(30);
    expect(observationEndsAtMs(injectedAt)).toBe(at('2026-11-23T09:45:00.000+07:00'));
    // The offset is honoured: the same instant written in UTC.
    expect(observationEndsAtMs('2026-11-23T02:15:00.000Z')).toBe(observationEndsAtMs(injectedAt));
  });

  it('counts the seconds left, rounding up, and goes negative once the time is up', () => {
    expect(secondsLeft(injectedAt, at(injectedAt))).toBe(1800);
    expect(secondsLeft(injectedAt, at('2026-11-23T09:30:00.000+07:00'))).toBe(900);
    expect(secondsLeft(injectedAt, at('2026-11-23T09:44:59.500+07:00'))).toBe(1);
    expect(secondsLeft(injectedAt, at('2026-11-23T09:45:00.000+07:00'))).toBe(0);
    expect(secondsLeft(injectedAt, at('2026-11-23T09:46:00.000+07:00'))).toBe(-60);
  });
});

describe('needsReferral', () => {
  it('is false with no reactions or only mild and moderate ones', () => {
    expect(needsReferral([])).toBe(false);
    expect(
      needsReferral([
        { code: 'injection-site-pain', severity: 'mild' },
        { code: 'fever', severity: 'moderate' },
        { code: 'dizziness', severity: 'moderate' },
      ]),
    ).toBe(false);
  });

  it('is true for any severe reaction', () => {
    expect(
      needsReferral([
        { code: 'headache', severity: 'mild' },
        { code: 'breathing-difficulty', severity: 'severe' },
      ]),
    ).toBe(true);
  });

  it('is true for anaphylaxis at any grade', () => {
    expect(needsReferral([{ code: 'anaphylaxis', severity: 'mild' }])).toBe(true);
    expect(needsReferral([{ code: 'anaphylaxis', severity: 'moderate' }])).toBe(true);
  });

  it('offers the reaction codes the board shows, each once', () => {
    expect(REACTIONS).toContain('anaphylaxis');
    expect(REACTIONS).toContain('other');
    expect(new Set(REACTIONS).size).toBe(REACTIONS.length);
  });
});
