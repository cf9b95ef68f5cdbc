import { describe, expect, it, vi } from 'vitest';
import type { VaxDb } from '../../../src/data/db';
import { PinFailureRepository } from '../../../src/data/pin-failures-repo';
import { createStaffSession } from '../../../src/services/staff-session';
import { createPinVerifier } from '../../../src/domain/pin';
import type { Staff } from '../../../src/domain/protocol';
import { freshDb } from '../data/fixtures';

async function people(): Promise<Staff[]> {
  return [
    { id: 'n1', name: 'Y tá Lan', role: 'nurse', pin: await createPinVerifier('123456', 1000) },
    { id: 'v1', name: 'Phúc', role: 'volunteer', pin: await createPinVerifier('654321', 1000) },
    { id: 'x1', name: 'No PIN yet', role: 'doctor' },
  ];
}

/** A session as a page opens one; pass the same `db` again for a reload or another tab. */
function session(clock = { t: 0 }, options = {}, db: VaxDb = freshDb()) {
  const list = people();
  return createStaffSession({
    staff: () => list,
    failures: new PinFailureRepository(db),
    now: () => clock.t,
    ...options,
  });
}

describe('staff session', () => {
  it('signs in with the right PIN only, and never exposes the verifier', async () => {
    const s = session();
    expect(await s.signIn('n1', '654321')).toBe('wrong-pin');
    expect(s.current()).toBeNull();
    expect(await s.signIn('n1', '123456')).toBe('ok');
    expect(s.current()).toEqual({ id: 'n1', name: 'Y tá Lan', role: 'nurse' });
  });

  it("refuses another person's PIN and people without a PIN", async () => {
    const s = session();
    expect(await s.signIn('v1', '123456')).toBe('wrong-pin');
    expect(await s.signIn('x1', '123456')).toBe('no-pin');
    expect(await s.signIn('nobody', '123456')).toBe('no-pin');
  });

  it('locks on demand and tells subscribers', async () => {
    const s = session();
    const seen: (string | null)[] = [];
    s.subscribe((staff) => seen.push(staff?.id ?? null));
    await s.signIn('n1', '123456');
    s.lock();
    expect(s.current()).toBeNull();
    expect(seen).toEqual(['n1', null]);
  });

  it('locks after inactivity, and activity postpones it', async () => {
    const clock = { t: 0 };
    // Only the session's 1 s idle check is faked; its clock is `clock`.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const s = session(clock, { idleMs: 100 });
    await s.signIn('n1', '123456');
    clock.t = 90;
    s.activity();
    clock.t = 150;
    vi.advanceTimersByTime(1000);
    expect(s.current()?.id).toBe('n1');
    clock.t = 200;
    vi.advanceTimersByTime(1000);
    expect(s.current()).toBeNull();
    vi.useRealTimers();
  });

  it('locks a person out after five wrong PINs, then lets them try again', async () => {
    const clock = { t: 0 };
    const s = session(clock, { lockoutMs: 60_000 });
    for (let i = 0; i < 4; i++) expect(await s.signIn('n1', '000000')).toBe('wrong-pin');
    expect(await s.signIn('n1', '000000')).toBe('locked-out');
    expect(await s.signIn('n1', '123456')).toBe('locked-out');
    // Others are not affected.
    expect(await s.signIn('v1', '654321')).toBe('ok');
    clock.t = 61_000;
    expect(await s.signIn('n1', '123456')).toBe('ok');
  });

  it('keeps a lockout through a reload and in another tab', async () => {
    const clock = { t: 0 };
    const db = freshDb();
    const first = session(clock, { lockoutMs: 60_000 }, db);
    for (let i = 0; i < 4; i++) expect(await first.signIn('n1', '000000')).toBe('wrong-pin');
    // Reloaded after four wrong PINs: the fifth still locks.
    const reloaded = session(clock, { lockoutMs: 60_000 }, db);
    expect(await reloaded.signIn('n1', '000000')).toBe('locked-out');
    clock.t = 30_000;
    const newTab = session(clock, { lockoutMs: 60_000 }, db);
    expect(await newTab.signIn('n1', '123456')).toBe('locked-out');
    expect(await session(clock, { lockoutMs: 60_000 }, db).signIn('v1', '654321')).toBe('ok');
    clock.t = 91_000;
    expect(await session(clock, { lockoutMs: 60_000 }, db).signIn('n1', '123456')).toBe('ok');
    // A right PIN clears the count: four more wrong ones do not lock.
    for (let i = 0; i < 4; i++) expect(await newTab.signIn('n1', '000000')).toBe('wrong-pin');
  });

  it('counts guesses made at once in two tabs together', async () => {
    const db = freshDb();
    const tabs = [session({ t: 0 }, {}, db), session({ t: 0 }, {}, db)];
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => tabs[i % 2]!.signIn('n1', `00000${i}`)),
    );
    expect(results.filter((r) => r === 'wrong-pin')).toHaveLength(4);
    expect(results.filter((r) => r === 'locked-out')).toHaveLength(4);
    expect(await tabs[0]!.signIn('n1', '123456')).toBe('locked-out');
  });
});
