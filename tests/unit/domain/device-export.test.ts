import { describe, expect, it } from 'vitest';
import {
  EXPORT_FORMAT,
  exportHeader,
  exportPublicKey,
  generateDeviceKey,
  signExport,
  verifyExport,
  type ExportPayload,
  type SignedExport,
} from '../../../src/domain/device-export';
import type { VaxRecord } from '../../../src/domain/records';
import { samples } from '../../support/records';

const payload = (): ExportPayload => ({
  format: EXPORT_FORMAT,
  deviceId: 'device-7',
  siteId: samples.SITE,
  exportedAt: '2026-11-25T18:00:00.000+07:00',
  records: [samples.checkin(), samples.injection(), samples.observation()] as VaxRecord[],
});

async function signed() {
  const keys = await generateDeviceKey();
  const publicKey = await exportPublicKey(keys.publicKey);
  const file = await signExport(payload(), keys.privateKey);
  return { keys, publicKey, file };
}
/** `value` with the keys of every object in reverse order. */
const reversedKeys = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(reversedKeys)
    : value !== null && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .reverse()
            .map(([k, v]) => [k, reversedKeys(v)]),
        )
      : value;
/** The file as it would be read back from disk. */
const roundTrip = (file: SignedExport): unknown => JSON.parse(JSON.stringify(file));

describe('signExport and verifyExport', () => {
  it('a signed file verifies after being written and read back', async () => {
    const { publicKey, file } = await signed();
    expect(file).toMatchObject(payload());
    expect(atob(file.signature)).toHaveLength(64);
    const check = await verifyExport(roundTrip(file), publicKey);
    expect(check).toEqual({ ok: true, file: roundTrip(file) });
  });

  it('does not depend on the key order of the file', async () => {
    const { publicKey, file } = await signed();
    const { signature, records, ...rest } = file;
    const reordered = {
      signature,
      records: records.map(reversedKeys),
      ...Object.fromEntries(Object.entries(rest).reverse()),
    };
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(file));
    expect((await verifyExport(reordered, publicKey)).ok).toBe(true);
  });

  it('exports only the public half of the key', async () => {
    const { keys, publicKey } = await signed();
    expect(publicKey).toMatchObject({ kty: 'EC', crv: 'P-256' });
    expect(publicKey).not.toHaveProperty('d');
    expect(keys.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('jwk', keys.privateKey)).rejects.toThrow();
  });

  it('fails when a record was altered, added or removed', async () => {
    const { publicKey, file } = await signed();
    const altered = roundTrip(file) as SignedExport;
    (altered.records[1]!.data as { lot: string }).lot = 'OTHER';
    expect(await verifyExport(altered, publicKey)).toEqual({ ok: false, reason: 'signature' });
    const removed = roundTrip(file) as SignedExport;
    removed.records.pop();
    expect(await verifyExport(removed, publicKey)).toEqual({ ok: false, reason: 'signature' });
    const added = roundTrip(file) as SignedExport;
    added.records.push(samples.screening() as VaxRecord);
    expect(await verifyExport(added, publicKey)).toEqual({ ok: false, reason: 'signature' });
  });

  it('fails when the header was altered', async () => {
    const { publicKey, file } = await signed();
    for (const change of [
      { deviceId: 'device-8' },
      { siteId: 'other-site' },
      { exportedAt: '2026-11-26T18:00:00.000+07:00' },
    ]) {
      expect(await verifyExport({ ...file, ...change }, publicKey)).toEqual({
        ok: false,
        reason: 'signature',
      });
    }
  });

  it('signs the outbox times when there are some; a file without them still verifies', async () => {
    const keys = await generateDeviceKey();
    const publicKey = await exportPublicKey(keys.publicKey);
    const records = payload().records;
    const queuedAt = Object.fromEntries(records.map((r) => [r.id, '2026-11-25T02:00:00.000Z']));
    const file = await signExport({ ...payload(), queuedAt }, keys.privateKey);
    expect((await verifyExport(roundTrip(file), publicKey)).ok).toBe(true);
    // Moving a record's outbox time, or dropping them all, breaks the signature.
    const moved = roundTrip(file) as SignedExport;
    moved.queuedAt![records[0]!.id] = '2026-11-24T02:00:00.000Z';
    expect(await verifyExport(moved, publicKey)).toEqual({ ok: false, reason: 'signature' });
    const stripped = { ...file, queuedAt: undefined };
    expect(await verifyExport(stripped, publicKey)).toEqual({ ok: false, reason: 'signature' });
    // A file from before outbox times existed.
    const old = await signExport(payload(), keys.privateKey);
    expect(JSON.stringify(old)).not.toContain('queuedAt');
    expect((await verifyExport(roundTrip(old), publicKey)).ok).toBe(true);
  });

  it('fails when the signature was altered or made by another device', async () => {
    const { publicKey, file } = await signed();
    const bytes = Uint8Array.from(atob(file.signature), (c) => c.charCodeAt(0));
    bytes[10] = bytes[10]! ^ 1;
    const flipped = btoa(String.fromCharCode(...bytes));
    expect(await verifyExport({ ...file, signature: flipped }, publicKey)).toEqual({
      ok: false,
      reason: 'signature',
    });
    for (const signature of ['', 'not base64!', btoa('short')]) {
      expect(await verifyExport({ ...file, signature }, publicKey)).toEqual({
        ok: false,
        reason: 'signature',
      });
    }
    const other = await signed();
    expect(await verifyExport(file, other.publicKey)).toEqual({ ok: false, reason: 'signature' });
    expect(await verifyExport(other.file, publicKey)).toEqual({ ok: false, reason: 'signature' });
  });

  it('fails, without throwing, with a public key that is not one', async () => {
    const { file } = await signed();
    const junk = { kty: 'EC', crv: 'P-256', x: 'AAAA', y: 'AAAA' };
    expect(await verifyExport(file, junk)).toEqual({ ok: false, reason: 'signature' });
  });

  it.each([
    ['null', null],
    ['a string', 'vax-checkin-export/1'],
    ['an array', []],
    ['another format', { format: 'vax-checkin-export/2' }],
    ['no signature', { signature: undefined }],
    ['records not an array', { records: {} }],
    ['a numeric device id', { deviceId: 7 }],
    ['no site', { siteId: undefined }],
    ['no export time', { exportedAt: undefined }],
    ['outbox times not a table of times', { queuedAt: { x: 5 } }],
    ['outbox times an array', { queuedAt: [] }],
  ])('a malformed file (%s) is a format error', async (_what, change) => {
    const { publicKey, file } = await signed();
    const input =
      change === null || typeof change !== 'object' || Array.isArray(change)
        ? change
        : { ...file, ...change };
    expect(await verifyExport(input, publicKey)).toEqual({ ok: false, reason: 'format' });
  });
});

describe('exportHeader', () => {
  it('reads the device and site of a well-formed file, nothing more', async () => {
    const { file } = await signed();
    expect(exportHeader(roundTrip(file))).toEqual({ deviceId: 'device-7', siteId: samples.SITE });
  });

  it('is null for anything else', () => {
    expect(exportHeader(undefined)).toBeNull();
    expect(exportHeader(42)).toBeNull();
    expect(exportHeader({ ...payload() })).toBeNull();
    expect(exportHeader({ ...payload(), signature: 5 })).toBeNull();
  });
});
