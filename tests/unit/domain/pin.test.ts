import { describe, expect, it } from 'vitest';
import {
  PIN_ITERATIONS,
  createPinVerifier,
  isPinFormat,
  verifyPin,
  type PinVerifier,
} from '../../../src/domain/pin';

// Real verifiers use PIN_ITERATIONS; tests use few so they stay fast.
const FAST = 1000;

describe('isPinFormat', () => {
  it.each(['123456', '000000', '1234567', '12345678'])('accepts %s', (pin) => {
    expect(isPinFormat(pin)).toBe(true);
  });

  it.each([
    '123',
    '1234',
    '12345',
    '123456789',
    '12a456',
    ' 123456',
    '123456 ',
    '',
    '１２３４５６',
    '12.456',
    '-12345',
  ])('refuses %j', (pin) => {
    expect(isPinFormat(pin)).toBe(false);
  });
});

describe('createPinVerifier and verifyPin', () => {
  it('verifies the right PIN and refuses a wrong one', async () => {
    const verifier = await createPinVerifier('482913', FAST);
    expect(verifier).toMatchObject({ algorithm: 'PBKDF2-SHA256', iterations: FAST, digits: 6 });
    expect((await createPinVerifier('48291301', FAST)).digits).toBe(8);
    expect(await verifyPin('482913', verifier)).toBe(true);
    expect(await verifyPin('482914', verifier)).toBe(false);
    expect(await verifyPin('48291', verifier)).toBe(false);
    expect(await verifyPin('4829130', verifier)).toBe(false);
  });

  it('never stores the PIN; salt and hash are base64 of 16 and 32 bytes', async () => {
    const verifier = await createPinVerifier('123456', FAST);
    expect(JSON.stringify(verifier)).not.toContain('123456');
    expect(atob(verifier.salt)).toHaveLength(16);
    expect(atob(verifier.hash)).toHaveLength(32);
  });

  it('uses a new salt each time, so one PIN gives different verifiers', async () => {
    const a = await createPinVerifier('123456', FAST);
    const b = await createPinVerifier('123456', FAST);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(await verifyPin('123456', a)).toBe(true);
    expect(await verifyPin('123456', b)).toBe(true);
    // The hash only checks with its own salt.
    expect(await verifyPin('123456', { ...a, salt: b.salt })).toBe(false);
  });

  it('uses the iteration count it was made with', async () => {
    const verifier = await createPinVerifier('567890', FAST);
    expect(await verifyPin('567890', { ...verifier, iterations: FAST + 1 })).toBe(false);
    expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(100_000);
  });

  it('refuses to make a verifier for a badly formed PIN', async () => {
    for (const pin of ['123', '1234', '12345', '123456789', 'abcd', '12 34', '']) {
      await expect(createPinVerifier(pin, FAST)).rejects.toThrow(/PIN/);
    }
  });

  it('refuses a badly formed PIN or an unknown algorithm without deriving anything', async () => {
    const verifier = await createPinVerifier('123456', FAST);
    expect(await verifyPin('12a4', verifier)).toBe(false);
    expect(await verifyPin('', verifier)).toBe(false);
    const other = { ...verifier, algorithm: 'MD5' } as unknown as PinVerifier;
    expect(await verifyPin('123456', other)).toBe(false);
  });

  it('refuses a hash of another length', async () => {
    const verifier = await createPinVerifier('123456', FAST);
    const short = btoa(atob(verifier.hash).slice(0, 16));
    expect(await verifyPin('123456', { ...verifier, hash: short })).toBe(false);
    expect(await verifyPin('123456', { ...verifier, hash: '' })).toBe(false);
  });
});
