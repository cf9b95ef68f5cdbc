// Staff PINs: the server keeps a salted, deliberately slow PBKDF2-SHA-256 verifier and
// sends only that to the tablets, which check a PIN offline. The PIN itself is never stored or
// sent. Uses Web Crypto, which the browser and Node share.

export interface PinVerifier {
  algorithm: 'PBKDF2-SHA256';
  iterations: number;
  /** base64 */
  salt: string;
  /** base64 of the 32-byte derived key */
  hash: string;
  /**
   * How many digits the PIN has, so the keypad signs in on the last one without a tap on "Đăng
   * nhập". Absent in older verifiers. It tells a thief with the verifier no more
   * than trying the shortest PINs first would: the search costs the same.
   */
  digits?: number;
}

/**
 * Six digits at least: the tablet's lockout stops guessing at the keypad, but anyone who copies
 * the verifiers off a stolen tablet can try every 4-digit PIN in minutes.
 */
export const PIN_MIN_LENGTH = 6;
export const PIN_MAX_LENGTH = 8;
/**
 * Slows guessing against a verifier copied off a tablet (a 6-digit PIN: about a CPU-day, far less
 * on a GPU) while a sign-in stays well under a second. The real protection is revoking the tablet
 * and changing PINs when one is lost.
 */
export const PIN_ITERATIONS = 200_000;

export function isPinFormat(pin: string): boolean {
  return new RegExp(`^\\d{${PIN_MIN_LENGTH},${PIN_MAX_LENGTH}}$`).test(pin);
}

const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
const fromBase64 = (s: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

export async function createPinVerifier(
  pin: string,
  iterations: number = PIN_ITERATIONS,
): Promise<PinVerifier> {
  if (!isPinFormat(pin)) throw new Error(`A PIN is ${PIN_MIN_LENGTH}–${PIN_MAX_LENGTH} digits`);
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(pin, salt, iterations);
  return {
    algorithm: 'PBKDF2-SHA256',
    iterations,
    salt: toBase64(salt),
    hash: toBase64(hash),
    digits: pin.length,
  };
}

export async function verifyPin(pin: string, verifier: PinVerifier): Promise<boolean> {
  if (!isPinFormat(pin) || verifier.algorithm !== 'PBKDF2-SHA256') return false;
  let actual: Uint8Array;
  try {
    actual = await derive(pin, fromBase64(verifier.salt), verifier.iterations);
  } catch {
    return false; // a damaged verifier signs nobody in
  }
  const expected = fromBase64(verifier.hash);
  // Compare every byte, so timing does not tell how much of a guess was right.
  let diff = actual.length ^ expected.length;
  for (let i = 0; i < actual.length; i++) diff |= actual[i]! ^ (expected[i] ?? 0);
  return diff === 0;
}
