// Operator sign-in's guard against password guessing. A hard limit per
// username let anyone keep an operator out with a trickle of wrong passwords from a few addresses.
// So attempts are limited per address AND username, and per address (an IPv6 client by its /64,
// see client-network.ts), never per username alone: guesses from elsewhere do not touch the
// owner's own address. Past a few tries the wait before the next one doubles (answered 429 with
// Retry-After at once, holding no connection), and a guesser stays slowed for the rest of a long
// window. The counters live in the database, shared by every server process.
import type { RateRule, RateVerdict } from '../http/rate-limits-repo';
import { sha256Hex } from '../store/secrets';
import type { DbHandle } from '../store/db-handle';
import { clientNetwork } from '../http/client-network';
import { rateLimiter } from '../http/rate-limiter';

const DOUBLING_WAIT = { firstMs: 1000, maxMs: 15 * 60_000 };

export const SIGN_IN_LIMITS = {
  /** One address trying one account: 5 tries, then waits of 1 s, 2 s, 4 s … up to 15 min. */
  account: { windowMs: 24 * 3600_000, free: 5, wait: DOUBLING_WAIT },
  /**
   * One address trying many accounts. More tries, since several operators may share an office's
   * address; a right password is not counted.
   */
  address: { windowMs: 3600_000, free: 20, wait: DOUBLING_WAIT },
} satisfies Record<string, RateRule>;

/** The account's key: address and username, hashed so no username is stored in the clear. */
const accountKey = (address: string, username: string) =>
  sha256Hex(`${address}\n${username.trim().toLowerCase()}`);

export function signInLimits(store: DbHandle) {
  const account = rateLimiter(store, 'sign-in-account', SIGN_IN_LIMITS.account);
  const address = rateLimiter(store, 'sign-in-address', SIGN_IN_LIMITS.address);
  return {
    /** Counts one try, before the password is checked: simultaneous guesses count each. */
    async attempt(ip: string, username: string, now: number): Promise<RateVerdict> {
      const client = clientNetwork(ip);
      const key = accountKey(client, username);
      const byAccount = await account.hit(key, now);
      if (!byAccount.ok) return byAccount;
      const byAddress = await address.hit(client, now);
      if (!byAddress.ok) await account.refund(key);
      return byAddress;
    },
    /** The password was right: the tries were no guesses. */
    async succeeded(ip: string, username: string): Promise<void> {
      const client = clientNetwork(ip);
      await account.forget(accountKey(client, username));
      await address.refund(client);
    },
  };
}
