// Who is signed in on this tablet. A PIN is checked offline against the verifier the
// server sent; nothing about the session is stored, so a reload or a crash leaves the tablet
// locked. Inactivity locks it; repeated wrong PINs lock that person out for a while, and that
// count is stored (pin-failures-repo.ts), so a reload or another tab does not reset it.
import type { SessionService, SignInResult } from './contracts';
import { verifyPin } from '../domain/pin';
import type { Staff } from '../domain/protocol';
import type { PinFailureStore } from '../data/pin-failures-repo';

export interface SessionOptions {
  staff(): Promise<Staff[]>;
  failures: PinFailureStore;
  /** Lock after this long without a touch or key press. */
  idleMs?: number;
  maxFailures?: number;
  lockoutMs?: number;
  now?: () => number;
}

export const DEFAULT_IDLE_MS = 5 * 60_000;

export function createStaffSession(options: SessionOptions): SessionService {
  const { idleMs = DEFAULT_IDLE_MS, maxFailures = 5, lockoutMs = 60_000 } = options;
  const now = options.now ?? Date.now;
  let current: Staff | null = null;
  let lastActivity = now();
  const listeners = new Set<(staff: Staff | null) => void>();

  const set = (staff: Staff | null) => {
    current = staff;
    lastActivity = now();
    for (const listener of listeners) listener(staff);
  };
  const idleCheck = setInterval(() => {
    if (current !== null && now() - lastActivity >= idleMs) set(null);
  }, 1000);
  // A test page or a worker without timers to keep alive must not hang on this.
  (idleCheck as { unref?: () => void }).unref?.();

  return {
    current: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async signIn(staffId, pin): Promise<SignInResult> {
      const person = (await options.staff()).find((s) => s.id === staffId);
      if (person?.pin === undefined) return 'no-pin';
      // The try is counted before the PIN is checked and cleared if it was right, so guesses
      // made at once (in two tabs) cannot slip past the limit while the slow check runs.
      let locked = false;
      const tried = await options.failures.update(staffId, (failed) => {
        const recent = failed !== undefined && now() < failed.until ? failed : undefined;
        if (recent !== undefined && recent.count >= maxFailures) {
          locked = true;
          return recent;
        }
        return { count: (recent?.count ?? 0) + 1, until: now() + lockoutMs };
      });
      if (locked) return 'locked-out';
      if (!(await verifyPin(pin, person.pin))) {
        return (tried?.count ?? 0) >= maxFailures ? 'locked-out' : 'wrong-pin';
      }
      await options.failures.update(staffId, () => undefined);
      // The verifier stays out of what the UI sees of the person.
      set({ id: person.id, name: person.name, role: person.role });
      return 'ok';
    },
    lock: () => set(null),
    activity() {
      lastActivity = now();
    },
  };
}
