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
    // The live pull's own tests are in live-pull.test.ts; here the server never holds one.
    pullWaiting: () => new Promise<'held'>(() => {}),
  };
  return { calls, target };
}

describe('startTriggers', () => {
  it('syncs at start, then flushes on its timer; pulls come from the live pull, not a timer', () => {
    const { calls, target } = counter();
    triggers = startTriggers(target, { flushEveryMs: 30_000 });
    expect(calls).toEqual({ flush: 1, pull: 1 });
    vi.advanceTimersByTime(30_000);
    expect(calls).toEqual({ flush: 2, pull: 1 });
  });

  it('flushes once after a burst of saves has paused for the debounce time', () => {
    const { calls, target } = counter();
    triggers = startTriggers(target, { saveDebounceMs: 1_000 });
    triggers.saved();
    vi.advanceTimersByTime(600);
    triggers.saved();
    vi.advanceTimersByTime(600);
    triggers.saved();
    expect(calls.flush).toBe(1);
    vi.advanceTimersByTime(1_000);
    expect(calls.flush).toBe(2);
  });

  it('pulls when the network goes, so the status says offline without waiting for a timer', () => {
    const { calls, target } = counter();
    const events = new EventTarget();
    vi.stubGlobal('addEventListener', events.addEventListener.bind(events));
    vi.stubGlobal('removeEventListener', events.removeEventListener.bind(events));
    try {
      triggers = startTriggers(target);
      events.dispatchEvent(new Event('offline'));
      expect(calls.pull).toBe(2);
      triggers.stop();
      events.dispatchEvent(new Event('offline'));
      expect(calls.pull).toBe(2);
    } finally {
      vi.unstubAllGlobals();
    }
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
