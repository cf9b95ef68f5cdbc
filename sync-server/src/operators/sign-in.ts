// Operator sign-in: username and password against the stored verifier, then a new
// random session token (stored hashed). An unknown username costs the same derivation as a wrong
// password and gets the same answer, so neither timing nor wording tells which accounts exist.
import { SESSION_TTL_MS, type Operator } from './operator-auth';
import { newDeviceToken } from '../store/secrets';
import type { Store } from '../store/store';
import {
  createPasswordVerifier,
  PASSWORD_ITERATIONS,
  verifyPassword,
  type PasswordVerifier,
} from './password';
import { operatorsRepo } from './operators-repo';

let decoy: Promise<PasswordVerifier> | undefined;

export type SignInOutcome =
  { ok: true; operator: Operator; token: string; expiresAt: string } | { ok: false };

export async function signInOperator(
  store: Store,
  username: string,
  password: string,
  now: Date,
): Promise<SignInOutcome> {
  const found = username ? await operatorsRepo(store).forSignIn(username) : undefined;
  if (!found) {
    decoy ??= createPasswordVerifier('not a password', PASSWORD_ITERATIONS);
    await verifyPassword(password, await decoy);
    return { ok: false };
  }
  if (!(await verifyPassword(password, found.password))) return { ok: false };
  await operatorsRepo(store).dropExpired(found.account.id, now);
  const token = newDeviceToken();
  const { expiresAt } = await operatorsRepo(store).createSession(
    found.account.id,
    token,
    now,
    SESSION_TTL_MS,
  );
  return { ok: true, operator: found.account, token, expiresAt };
}
