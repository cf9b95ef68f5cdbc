// The citizen page's guard against guessing dates of birth (docs/certificates.md): limited per
// client address (an IPv6 client by its /64) and per ID number, in the shared attempt counters.
// Per ID the wait doubles and stops at 15 minutes, so a stranger hammering someone's number
// cannot keep them from their certificate for long. A right answer refunds both: the citizen
// who finds their certificate keeps every try.
import { clientNetwork } from '../../http/client-network';
import type { RateRule, RateVerdict } from '../../http/rate-limits-repo';
import { rateLimiter } from '../../http/rate-limiter';
import type { DbHandle } from '../../store/db-handle';
import { sha256Hex } from '../../store/secrets';

const DOUBLING_WAIT = { firstMs: 1000, maxMs: 15 * 60_000 };

export const CITIZEN_LOOKUP_LIMITS = {
  /** One address: a family looks up a few people; past 10 tries an hour, waits double. */
  address: { windowMs: 3600_000, free: 10, wait: DOUBLING_WAIT },
  /** One ID number, from anywhere: 5 tries a day, then waits of 1 s, 2 s, … up to 15 min. */
  idNumber: { windowMs: 24 * 3600_000, free: 5, wait: DOUBLING_WAIT },
} satisfies Record<string, RateRule>;

/** ID numbers are personal data: the counters hold only a hash. */
const idKey = (idNumber: string) => sha256Hex(`certificate-lookup\n${idNumber}`);

export function citizenLookupLimits(store: DbHandle) {
  const address = rateLimiter(store, 'certificate-address', CITIZEN_LOOKUP_LIMITS.address);
  const person = rateLimiter(store, 'certificate-id', CITIZEN_LOOKUP_LIMITS.idNumber);
  return {
    /** Counts one try, before anything is looked up. */
    async attempt(ip: string, idNumber: string, now: number): Promise<RateVerdict> {
      const client = clientNetwork(ip);
      const byAddress = await address.hit(client, now);
      if (!byAddress.ok) return byAddress;
      const byId = await person.hit(idKey(idNumber), now);
      if (!byId.ok) await address.refund(client);
      return byId;
    },
    async found(ip: string, idNumber: string): Promise<void> {
      await address.refund(clientNetwork(ip));
      await person.refund(idKey(idNumber));
    },
  };
}
