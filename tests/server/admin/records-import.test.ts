// `records:import`: a tablet's signed offline export is verified with the key it enrolled with,
// then ingested as that device through the same path as /sync/push.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importRecords } from '../../../sync-server/src/admin/import-records';
import { flagLabel } from '../../../sync-server/src/reports/pages/flag-labels';
import {
  EXPORT_FORMAT,
  exportPublicKey,
  generateDeviceKey,
  signExport,
  type SignedExport,
} from '../../../src/domain/device-export';
import type { VaxRecord } from '../../../src/domain/records';
import { push } from '../helpers/api';
import { checkinBatch, injectionRecord } from '../../support/records';
import { addStaff, VOLUNTEER } from '../helpers/staff';
import {
  createTestApp,
  enrollDevice,
  NURSE,
  OTHER_SITE,
  SITE,
  type Device,
  type TestApp,
} from '../helpers/test-app';
import { recordsRepo } from '../../../sync-server/src/sync/repos/records';
import { devicesRepo } from '../../../sync-server/src/devices/devices-repo';

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

const stored = () => recordsRepo(t.store).countForSite(SITE.id);

// A tablet enrolled the day before the records' day (2026-11-23, +07:00) and revoked at 09:30.
const ENROLLED = new Date('2026-11-22T08:00:00.000+07:00');
const REVOKED = new Date('2026-11-23T09:30:00.000+07:00');

describe('records:import of a revoked tablet', () => {
  let tablet: { deviceId: string };
  beforeEach(async () => {
    const jwk = await exportPublicKey(keys.publicKey);
    const created = await devicesRepo(t.store).create(SITE.id, 'stolen tablet', ENROLLED, jwk);
    tablet = { deviceId: created.id };
  });

  const fileOf = (exportedAt: string, records: VaxRecord[], queuedAt?: Record<string, string>) =>
    signExport(
      {
        format: EXPORT_FORMAT,
        deviceId: tablet.deviceId,
        siteId: SITE.id,
        exportedAt,
        records,
        queuedAt,
      },
      keys.privateKey,
    );

  it('refuses a file dated before the device enrolled, whatever the file says', async () => {
    const file = await fileOf('2026-11-22T07:59:00.000+07:00', checkinBatch(SITE.id, NURSE.id, 2));
    await expect(importRecords(t.store, file, new Date())).rejects.toThrow(
      /dated 2026-11-22T07:59:00.000\+07:00, before device .* enrolled.*nothing imported/,
    );
    expect(await stored()).toBe(0);
  });

  it('refuses records made after the revocation even in a file backdated before it', async () => {
    await devicesRepo(t.store).revoke(tablet.deviceId, REVOKED);
    const late = injectionRecord(SITE.id, NURSE.id); // 09:40, after the revocation
    const file = await fileOf('2026-11-23T09:00:00.000+07:00', [late], {
      [late.id]: '2026-11-23T02:41:00.000Z',
    });
    const out = await importRecords(t.store, file, new Date());
    expect(out).toContainEqual(
      expect.stringMatching(
        new RegExp(`^rejected ${late.id}: occurredAt after-revocation: Recorded at .* not before`),
      ),
    );
    expect(out.at(-1)).toBe('accepted 0, duplicate 0, rejected 1');
    expect(await stored()).toBe(0);
  });

  it('takes only what was made and queued before the revocation, flagged, and says so', async () => {
    await devicesRepo(t.store).revoke(tablet.deviceId, REVOKED);
    const [before, queuedLate, unqueued] = checkinBatch(SITE.id, NURSE.id, 3); // 09:15
    const madeLate = injectionRecord(SITE.id, NURSE.id); // 09:40
    // Exported days later: the file's own date decides nothing.
    const file = await fileOf(
      '2026-11-26T10:00:00.000+07:00',
      [before!, queuedLate!, unqueued!, madeLate],
      {
        [before!.id]: '2026-11-23T02:16:00.000Z',
        [queuedLate!.id]: '2026-11-23T02:31:00.000Z',
        [madeLate.id]: '2026-11-23T02:41:00.000Z',
      },
    );
    const out = await importRecords(t.store, file, new Date());
    expect(out).toContainEqual(
      expect.stringMatching(
        /was revoked at 2026-11-23T02:30:00.000Z: only records made and queued before then are taken; 1 accepted are flagged revoked-device-import/,
      ),
    );
    expect(out).toContainEqual(
      expect.stringMatching(new RegExp(`^rejected ${madeLate.id}: occurredAt after-revocation`)),
    );
    expect(out).toContainEqual(
      expect.stringMatching(
        new RegExp(`^rejected ${queuedLate!.id}: queuedAt after-revocation: Queued at`),
      ),
    );
    expect(out).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^rejected ${unqueued!.id}: queuedAt after-revocation: The file does not say when`,
        ),
      ),
    );
    expect(out.at(-1)).toBe('accepted 1, duplicate 0, rejected 3');
    expect(
      await recordsRepo(t.store).bodiesOf([before!.id, queuedLate!.id, unqueued!.id, madeLate.id]),
    ).toEqual(new Map([[before!.id, expect.any(String)]]));
    expect(await recordsRepo(t.store).flagsOf(before!.id)).toContainEqual(
      expect.objectContaining({ field: 'deviceId', code: 'revoked-device-import' }),
    );
    expect(flagLabel('revoked-device-import', 'vi')).toBe('Nhập từ tệp của máy đã bị thu hồi');
  });
});

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
    const root = path.resolve(import.meta.dirname, '../../..');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'sync-server/src/admin/cli.ts', 'records:import', file],
      { cwd: root, env: { ...process.env, ...t.db.env } },
    );
    expect(stdout).toMatch(/accepted 2, duplicate 0, rejected 0/);
  });
});
