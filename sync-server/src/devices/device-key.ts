// The public key a tablet sends at enrollment verifies its signed offline exports
// later, when nobody can ask the tablet again: so it is checked now, and only the public part
// (kty, crv, x, y) is kept.
export type DeviceKeyCheck = { ok: true; key: JsonWebKey } | { ok: false; reason: string };

const P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;

export async function checkDevicePublicKey(input: unknown): Promise<DeviceKeyCheck> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, reason: 'publicKey must be a JWK object' };
  }
  const jwk = input as Record<string, unknown>;
  if ('d' in jwk) {
    return { ok: false, reason: 'publicKey holds a private key ("d"); send only the public half' };
  }
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256') {
    return { ok: false, reason: 'publicKey must be an ECDSA P-256 key (kty "EC", crv "P-256")' };
  }
  if (typeof jwk.x !== 'string' || typeof jwk.y !== 'string') {
    return { ok: false, reason: 'publicKey needs the coordinates x and y as strings' };
  }
  const key: JsonWebKey = { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y };
  try {
    // Refuses coordinates that are not a point of the curve.
    await crypto.subtle.importKey('jwk', key, P256, true, ['verify']);
  } catch {
    return { ok: false, reason: 'publicKey is not a valid P-256 public key' };
  }
  return { ok: true, key };
}
