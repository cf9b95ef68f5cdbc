// The time rule of the EU DCC (dgc-testdata README, EXPECTEDEXPIRATIONCHECK): the signer was valid
// when the certificate was issued and is still valid when it expires, and the certificate is
// valid at the verifying clock: DSC notBefore ≤ iat ≤ clock ≤ exp ≤ DSC notAfter.
import type { CwtClaims } from './cwt';
import type { DccFailureReason } from './reasons';
import type { SignerCertificate } from './signer-certificate';

type TimesCheck = { ok: true } | { ok: false; reason: DccFailureReason; detail: string };

/** All times in seconds since the epoch. */
export function checkValidityTimes(
  { iat, exp }: Pick<CwtClaims, 'iat' | 'exp'>,
  { notBefore, notAfter }: Pick<SignerCertificate, 'notBefore' | 'notAfter'>,
  clock: number,
): TimesCheck {
  // An invalid clock (a bad --at) would pass every comparison below: refuse it first.
  if (!Number.isFinite(clock)) return fail('not-yet-valid', 'The clock to verify at is no time.');
  const at = (seconds: number) => new Date(seconds * 1000).toISOString();
  if (clock < iat) return fail('not-yet-valid', `Issued at ${at(iat)}, after ${at(clock)}.`);
  if (clock > exp) return fail('expired', `Expired at ${at(exp)}.`);
  if (iat < notBefore) {
    return fail('signer-not-yet-valid', `Issued before its signer was valid (${at(notBefore)}).`);
  }
  if (exp > notAfter) {
    return fail('signer-expired', `Valid until after its signer expires (${at(notAfter)}).`);
  }
  return { ok: true };
}

function fail(reason: DccFailureReason, detail: string): TimesCheck {
  return { ok: false, reason, detail };
}
