import { describe, expect, it } from 'vitest';
import { reportGate } from '../../../src/scanner/report-gate';

describe('reportGate', () => {
  it('reports a code once while it stays in view', () => {
    const fresh = reportGate(2000);
    expect(fresh(['A'], 0)).toBe(true);
    expect(fresh(['A'], 500)).toBe(false);
    expect(fresh(['A'], 2400)).toBe(false);
  });

  it('reports it again after 2 s out of view, and reports another code at once', () => {
    const fresh = reportGate(2000);
    expect(fresh(['A'], 0)).toBe(true);
    expect(fresh(['B'], 100)).toBe(true);
    expect(fresh(['A'], 2300)).toBe(true);
  });

  it('remembers each code: two codes read on alternate frames are not reported again', () => {
    const fresh = reportGate(2000);
    expect(fresh(['A'], 0)).toBe(true);
    expect(fresh(['B'], 50)).toBe(true);
    expect(fresh(['A'], 100)).toBe(false);
    expect(fresh(['B'], 150)).toBe(false);
  });

  it('reports a frame whole when one of its codes is new, then not while both stay', () => {
    const fresh = reportGate(2000);
    expect(fresh(['card'], 0)).toBe(true);
    expect(fresh(['card', 'poster'], 50)).toBe(true);
    expect(fresh(['poster', 'card'], 100)).toBe(false);
    expect(fresh(['card'], 150)).toBe(false);
  });
});
