import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startTriggers, type Triggers } from '../../../src/sync/triggers';

let triggers: Triggers | undefined;
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  triggers?.stop();
  vi.useRealTimers();
});

function counter() {
  const calls = { flush: 0, pull: 0 };
  const target = {
    flush: async () => void calls.flush++,
    pull: async () => void calls.pull++,
  };
  return { calls, target };
}

describe('startTriggers', () => {
  it('syncs at start, then flushes and pulls on their timers', () => {
    const { calls, target } = counter();
    triggers = startTriggers(target, { flushEveryMs: 30_000, pullEveryMs: 2_000 });
    expect(calls).toEqual({ flush: 1, pull: 1 });
    vi.advanceTimersByTime(30_000);
    expect(calls).toEqual({ flush: 2, pull: 16 });
  });

  it('flushes once after a burst of saves has paused for the debounce time', () => {
    const { calls, target } = counter();
    triggers = startTriggers(target, { pullEveryMs: 1e9, saveDebounceMs: 1_000 });
    triggers.saved();
    vi.advanceTimersByTime(600);
    triggers.saved();
    vi.advanceTimersByTime(600);
    triggers.saved();
    expect(calls.flush).toBe(1);
    vi.advanceTimersByTime(1_000);
    expect(calls.flush).toBe(2);
  });

  it('stops every timer', () => {
    const { calls, target } = counter();
    triggers = startTriggers(target);
    triggers.saved();
    triggers.stop();
    vi.advanceTimersByTime(120_000);
    expect(calls).toEqual({ flush: 1, pull: 1 });
  });
});
