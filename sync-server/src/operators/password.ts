// Operator passwords: stored only as a salted, deliberately slow PBKDF2-SHA-256 verifier. The
// staff-PIN helper (src/domain/pin.ts) accepts digits only, so passwords get this Node twin with
// the same verifier shape.
import { pbkdf2, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const derive = promisify(pbkdf2);

export interface PasswordVerifier {
  algorithm: 'PBKDF2-SHA256';
  iterations: number;
  /** base64 */
  salt: string;
  /** base64 of the 32-byte derived key */
  hash: string;
}

/** About a quarter of a second per sign-in here; sign-in is rate-limited besides. */
export const PASSWORD_ITERATIONS = 300_000;
export const PASSWORD_MIN_LENGTH = 10;

export async function createPasswordVerifier(
  password: string,
  iterations = PASSWORD_ITERATIONS,
): Promise<PasswordVerifier> {
  const salt = randomBytes(16);
  const hash = await derive(password.normalize('NFC'), salt, iterations, 32, 'sha256');
  return {
    algorithm: 'PBKDF2-SHA256',
    iterations,
    salt: salt.toString('base64'),
    hash: hash.toString('base64'),
  };
}

export async function verifyPassword(
  password: string,
  verifier: PasswordVerifier,
): Promise<boolean> {
  if (verifier.algorithm !== 'PBKDF2-SHA256') return false;
  const expected = Buffer.from(verifier.hash, 'base64');
  if (expected.length !== 32) return false; // a damaged verifier signs nobody in
  const actual = await derive(
    password.normalize('NFC'),
    Buffer.from(verifier.salt, 'base64'),
    verifier.iterations,
    32,
    'sha256',
  );
  return timingSafeEqual(actual, expected);
}

// No look-alike characters: the password is read off a terminal and typed by hand.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** 16 characters from a 54-letter alphabet: about 92 bits. */
export function newPassword(): string {
  let out = '';
  for (let i = 0; i < 16; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}
