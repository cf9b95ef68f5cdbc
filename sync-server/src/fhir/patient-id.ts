// Patient.id must not be the ID number: resource ids end up in URLs, logs and other systems. It is
// the ID number encrypted as one AES-256 block under a key only this server holds: opaque and
// stable, yet the server turns it back into the ID number without a lookup table. One block of a
// block cipher is a keyed permutation, so equal IDs give equal ids and nothing else leaks.
import { createCipheriv, createDecipheriv } from 'node:crypto';
import { isIdNumber } from '../../../src/domain/citizen-id';

const BLOCK = 16;
const PATIENT_ID = /^[0-9a-f]{32}$/;

function crypt(decrypt: boolean, key: Buffer, block: Buffer): Buffer {
  const cipher = decrypt
    ? createDecipheriv('aes-256-ecb', key, null)
    : createCipheriv('aes-256-ecb', key, null);
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(block), cipher.final()]);
}

/** The opaque Patient.id (32 lowercase hex digits) of a 12- or 9-digit ID number. */
export function patientIdOf(key: Buffer, citizenId: string): string {
  if (!isIdNumber(citizenId)) throw new Error('not an ID number');
  const block = Buffer.alloc(BLOCK);
  block.write(citizenId, 'ascii');
  return crypt(false, key, block).toString('hex');
}

/**
 * The ID number behind a Patient.id, or undefined when the id is not one this server made; only
 * as this server spells it (lower case), since one patient has one id.
 */
export function citizenIdOf(key: Buffer, patientId: string): string | undefined {
  if (!PATIENT_ID.test(patientId)) return undefined;
  const text = crypt(true, key, Buffer.from(patientId, 'hex'))
    .toString('latin1')
    .replace(/\0+$/, '');
  return isIdNumber(text) ? text : undefined;
}
