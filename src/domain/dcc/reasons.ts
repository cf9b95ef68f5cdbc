// Why a certificate was refused, in the words of the EU reference verifier apps, so that the
// messages (src/i18n/*-dcc.ts) and the admin command's JSON say the same thing everywhere.

export const DCC_REASONS = [
  'ok',
  'prefix',
  'base45',
  'compression',
  'cbor',
  'cose',
  'cwt',
  'kid-missing',
  'kid-unknown',
  'signature',
  'not-yet-valid',
  'expired',
  'signer-not-yet-valid',
  'signer-expired',
  'key-usage',
  'schema',
  'revoked-certificate',
  'revoked-signer',
] as const;

export type DccReason = (typeof DCC_REASONS)[number];
export type DccFailureReason = Exclude<DccReason, 'ok'>;

/** One step of the decode chain: its value, or why it failed (steps never throw). */
export type Step<T> =
  { ok: true; value: T } | { ok: false; reason: DccFailureReason; detail: string };

export function okStep<T>(value: T): Step<T> {
  return { ok: true, value };
}

export function failStep<T>(reason: DccFailureReason, detail: string): Step<T> {
  return { ok: false, reason, detail };
}

/** The message of whatever a library threw, for a step's `detail`. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
