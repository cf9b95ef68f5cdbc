import { describe, expect, it } from 'vitest';
import { reportGate } from '../../../src/scanner/report-gate';

describe('reportGate', () => {
  it('reports a code once while it stays in view', () => {
    const gate = reportGate(2000);
    expect(gate.accept(['A'], 0)).toBe(true);
    expect(gate.accept(['A'], 500)).toBe(false);
    expect(gate.accept(['A'], 2400)).toBe(false);
  });

  it('reports it again after 2 s out of view, and reports another code at once', () => {
    const gate = reportGate(2000);
    expect(gate.accept(['A'], 0)).toBe(true);
    expect(gate.accept(['B'], 100)).toBe(true);
    expect(gate.accept(['A'], 2300)).toBe(true);
  });

  it('remembers each code: two codes read on alternate frames are not reported again', () => {
    const gate = reportGate(2000);
    expect(gate.accept(['A'], 0)).toBe(true);
    expect(gate.accept(['B'], 50)).toBe(true);
    expect(gate.accept(['A'], 100)).toBe(false);
    expect(gate.accept(['B'], 150)).toBe(false);
  });

  it('reports a frame whole when one of its codes is new, then not while both stay', () => {
    const gate = reportGate(2000);
    expect(gate.accept(['card'], 0)).toBe(true);
    expect(gate.accept(['card', 'poster'], 50)).toBe(true);
    expect(gate.accept(['poster', 'card'], 100)).toBe(false);
    expect(gate.accept(['card'], 150)).toBe(false);
  });

  it('after a pause, ignores the codes last reported for 3 s, even back in view', () => {
    const gate = reportGate(2000, 3000);
    expect(gate.accept(['card', 'poster'], 0)).toBe(true);
    // Paused for 10 s while the citizen was on screen; the card is still in view.
    gate.resumed(10_000);
    expect(gate.accept(['card'], 10_050)).toBe(false);
    expect(gate.accept(['poster'], 10_100)).toBe(false);
    // The card taken away, shown again 2.5 s later: still within the 3 s.
    expect(gate.accept(['card'], 12_600)).toBe(false);
    // Another citizen's card is reported at once.
    expect(gate.accept(['other'], 12_700)).toBe(true);
  });

  it('reports the same card after the 3 s once it has been out of view', () => {
    const gate = reportGate(2000, 3000);
    expect(gate.accept(['card'], 0)).toBe(true);
    gate.resumed(10_000);
    expect(gate.accept(['card'], 13_500)).toBe(true);
  });

  it('keeps a card that stays in view quiet after the 3 s', () => {
    const gate = reportGate(2000, 3000);
    expect(gate.accept(['card'], 0)).toBe(true);
    gate.resumed(10_000);
    for (let t = 10_000; t <= 16_000; t += 100) expect(gate.accept(['card'], t)).toBe(false);
  });
});
