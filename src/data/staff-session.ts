// Who is signed in on this tablet (issue 4). A PIN is checked offline against the verifier the
// server sent; nothing about the session is stored, so a reload or a crash leaves the tablet
// locked. Inactivity locks it; repeated wrong PINs lock that person out for a while.
import type { SessionService, SignInResult } from '../app/services';
import { verifyPin } from '../domain/pin';
import type { Staff } from '../domain/protocol';

export interface SessionOptions {
  staff(): Promise<Staff[]>;
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
  const failures = new Map<string, { count: number; until: number }>();
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
      const failed = failures.get(staffId);
      if (failed !== undefined && failed.count >= maxFailures && now() < failed.until) {
        return 'locked-out';
      }
      if (!(await verifyPin(pin, person.pin))) {
        const count = (failed && now() < failed.until ? failed.count : 0) + 1;
        failures.set(staffId, { count, until: now() + lockoutMs });
        return count >= maxFailures ? 'locked-out' : 'wrong-pin';
      }
      failures.delete(staffId);
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
