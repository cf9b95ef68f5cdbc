// The live pull: pulls held by the server one after another, polling with
// backoff (2 s doubling to 60 s, jittered) only when the server cannot hold them or fails.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pollDelay } from '../../../src/sync/backoff';
import { PULL_WAIT_SECONDS, startLivePull, type LivePull } from '../../../src/sync/live-pull';
import type { WaitOutcome } from '../../../src/sync/sync-engine';

describe('pollDelay', () => {
  it('doubles from 2 s to a 60 s cap, between half and all of each step', () => {
    const low = Array.from({ length: 8 }, (_, n) => pollDelay(n, () => 0));
    const high = Array.from({ length: 8 }, (_, n) => pollDelay(n, () => 0.999_999));
    expect(low).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
    expect(high.map((ms) => Math.round(ms / 1000))).toEqual([2, 4, 8, 16, 32, 60, 60, 60]);
    expect(pollDelay(1000, () => 0.5)).toBe(45000);
  });
});

let live: LivePull | undefined;
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  live?.stop();
  vi.useRealTimers();
});

/** A pullWaiting that answers each call with the next outcome (the last one repeats). */
function scripted(outcomes: WaitOutcome[]) {
  const calls: number[] = [];
  const pullWaiting = async (seconds: number) => {
    calls.push(seconds);
    return outcomes[Math.min(calls.length - 1, outcomes.length - 1)]!;
  };
  return { calls, pullWaiting };
}

const flush = () => vi.advanceTimersByTimeAsync(0);

describe('startLivePull', () => {
  it('asks the server to hold each pull, and asks again at once after it answers', async () => {
    const { calls, pullWaiting } = scripted(['moved', 'held', 'held', 'unheld']);
    live = startLivePull({ pullWaiting, ready: () => true, random: () => 0 });
    await flush();
    expect(calls).toEqual([
      PULL_WAIT_SECONDS,
      PULL_WAIT_SECONDS,
      PULL_WAIT_SECONDS,
      PULL_WAIT_SECONDS,
    ]);
  });

  it('polls with backoff when the server cannot hold pulls or fails, until woken', async () => {
    const { calls, pullWaiting } = scripted(['unheld', 'failed', 'unheld', 'unheld']);
    live = startLivePull({ pullWaiting, ready: () => true, random: () => 0 });
    await flush();
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000); // first rest: 1–2 s
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1999); // second: 2–4 s
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(3);
    live.wake(); // a local push, back online: pull now
    await flush();
    expect(calls).toHaveLength(4);
  });

  it('rests while offline or hidden, and pulls when woken and ready', async () => {
    const calls: number[] = [];
    // A held pull that never ends: one at a time.
    const pullWaiting = (seconds: number) => {
      calls.push(seconds);
      return new Promise<WaitOutcome>(() => {});
    };
    let ready = false;
    live = startLivePull({ pullWaiting, ready: () => ready, random: () => 0 });
    await vi.advanceTimersByTimeAsync(600_000);
    expect(calls).toHaveLength(0);
    ready = true;
    live.wake();
    await flush();
    expect(calls).toEqual([PULL_WAIT_SECONDS]);
  });
});
