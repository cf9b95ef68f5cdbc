// `records:import`: a tablet's signed offline export is verified with the key it enrolled with,
// then ingested as that device through the same path as /sync/push.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importRecords } from '../../sync-server/src/admin/import-records';
import {
  EXPORT_FORMAT,
  exportPublicKey,
  generateDeviceKey,
  signExport,
  type SignedExport,
} from '../../src/domain/device-export';
import type { VaxRecord } from '../../src/domain/records';
import { push } from './helpers/api';
import { checkinBatch, injectionRecord } from './helpers/records';
import { addStaff, VOLUNTEER } from './helpers/staff';
import {
  createTestApp,
  enrollDevice,
  NURSE,
  OTHER_SITE,
  SITE,
  type Device,
  type TestApp,
} from './helpers/test-app';

let t: TestApp;
let keys: CryptoKeyPair;
let device: Device;
beforeEach(async () => {
  t = await createTestApp();
  await addStaff(t, [VOLUNTEER]);
  keys = await generateDeviceKey();
  device = await enrollDevice(t, SITE.id, 'mobile team', await exportPublicKey(keys.publicKey));
});
afterEach(() => t.close());

function exportOf(records: VaxRecord[], siteId = SITE.id, by = device): Promise<SignedExport> {
  return signExport(
    {
      format: EXPORT_FORMAT,
      deviceId: by.deviceId,
      siteId,
      exportedAt: new Date().toISOString(),
      records,
    },
    keys.privateKey,
  );
}

const stored = () => t.store.records.countForSite(SITE.id);

describe('records:import', () => {
  it('imports a signed export in batches, once; a later push of the same records is duplicate', async () => {
    const records: VaxRecord[] = [
      ...checkinBatch(SITE.id, NURSE.id, 1200),
      injectionRecord(SITE.id, VOLUNTEER.id),
    ];
    const file = await exportOf(records);
    const out = await importRecords(t.store, file, new Date());
    expect(out.at(-1)).toBe('accepted 1200, duplicate 0, rejected 1');
    expect(out).toContainEqual(
      expect.stringMatching(new RegExp(`^rejected ${records[1200]!.id}: staffId role`)),
    );
    expect(await stored()).toBe(1200);

    expect((await importRecords(t.store, file, new Date())).at(-1)).toBe(
      'accepted 0, duplicate 1200, rejected 1',
    );
    const { body } = await push(t, device, records.slice(0, 500));
    expect(body.results.every((r) => r.status === 'duplicate')).toBe(true);
    expect(await stored()).toBe(1200);
  });

  it('refuses an altered file and stores nothing', async () => {
    const file = await exportOf(checkinBatch(SITE.id, NURSE.id, 3));
    const tampered = structuredClone(file);
    tampered.records[1]!.occurredAt = '2026-11-23T11:11:11.000+07:00';
    await expect(importRecords(t.store, tampered, new Date())).rejects.toThrow(
      /signature does not match.*altered.*nothing imported/,
    );
    expect(await stored()).toBe(0);
  });

  it('refuses files it cannot trust', async () => {
    const records = checkinBatch(SITE.id, NURSE.id, 1);
    // Signed by another key than the one the device enrolled with.
    const stranger = await generateDeviceKey();
    const foreign = await signExport(
      { ...(await exportOf(records)), signature: undefined } as never,
      stranger.privateKey,
    );
    await expect(importRecords(t.store, foreign, new Date())).rejects.toThrow(/signature/);
    // Naming another site than the device's.
    await expect(
      importRecords(t.store, await exportOf(records, OTHER_SITE.id), new Date()),
    ).rejects.toThrow(/belongs to site S1/);
    // From a device enrolled without a key.
    const keyless = await enrollDevice(t, SITE.id, 'old tablet');
    await expect(
      importRecords(t.store, await exportOf(records, SITE.id, keyless), new Date()),
    ).rejects.toThrow(/without a public key/);
    // Exported after its device was revoked.
    const revokedAt = await exportOf(records);
    await t.store.devices.revoke(
      device.deviceId,
      new Date(Date.parse(revokedAt.exportedAt) - 1000),
    );
    await expect(importRecords(t.store, revokedAt, new Date())).rejects.toThrow(/revoked/);
    // Not an export at all.
    await expect(importRecords(t.store, { records }, new Date())).rejects.toThrow(
      /not a tablet export/,
    );
    expect(await stored()).toBe(0);
  });

  it('runs from the command line with the file as its argument', async () => {
    const file = path.join(t.dataDir, 'export.json');
    writeFileSync(file, JSON.stringify(await exportOf(checkinBatch(SITE.id, NURSE.id, 2))));
    // The child process opens the same SQLite file; close ours first.
    await t.app.close();
    await t.store.close();
    const root = path.resolve(import.meta.dirname, '../..');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'sync-server/src/admin/cli.ts', 'records:import', file],
      { cwd: root, env: { ...process.env, ...t.db.env } },
    );
    expect(stdout).toMatch(/accepted 2, duplicate 0, rejected 0/);
  });
});
