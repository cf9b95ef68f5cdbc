import { describe, expect, it } from 'vitest';
import { createExclusive } from '../../../src/sync/exclusive';
import { fullJitterDelay } from '../../../src/sync/backoff';

describe('createExclusive without Web Locks', () => {
  it('skips a task while the same name is running, and runs it again afterwards', async () => {
    const exclusive = createExclusive(undefined);
    let release = () => {};
    const first = exclusive('a', () => new Promise<number>((r) => (release = () => r(1))));
    expect(await exclusive('a', async () => 2)).toEqual({ ran: false });
    expect(await exclusive('b', async () => 3)).toEqual({ ran: true, value: 3 });
    release();
    expect(await first).toEqual({ ran: true, value: 1 });
    expect(await exclusive('a', async () => 4)).toEqual({ ran: true, value: 4 });
  });

  it('frees the name when the task throws', async () => {
    const exclusive = createExclusive(undefined);
    await expect(exclusive('a', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await exclusive('a', async () => 1)).toEqual({ ran: true, value: 1 });
  });
});

describe('fullJitterDelay', () => {
  it('stays within [0, min(cap, base·2^attempt)) with the defaults (1 s, 5 min)', () => {
    expect(fullJitterDelay(0, { random: () => 0.999 })).toBe(999);
    expect(fullJitterDelay(3, { random: () => 0.5 })).toBe(4000);
    expect(fullJitterDelay(20, { random: () => 0.5 })).toBe(150_000);
    expect(fullJitterDelay(5, { random: () => 0 })).toBe(0);
  });
});
