import { afterEach, describe, expect, it } from 'vitest';
import type { VaxDb } from '../../../src/data/db';
import { createExportService } from '../../../src/services/export-unsynced';
import { OutboxRepository } from '../../../src/data/outbox-repo';
import { RecordRepository } from '../../../src/data/record-repo';
import {
  exportPublicKey,
  generateDeviceKey,
  verifyExport,
} from '../../../src/domain/device-export';
import { freshDb } from '../data/fixtures';
import { SITE, numberedCheckin } from '../../support/records';

let db: VaxDb;
afterEach(() => db.delete());

describe('offline export', () => {
  it('writes every queued record, oldest first, signed so the server can verify it', async () => {
    db = freshDb();
    const records = new RecordRepository(db);
    const outbox = new OutboxRepository(db);
    const first = numberedCheckin(1);
    const second = numberedCheckin(2);
    await records.add(first);
    await records.add(second);
    await outbox.markSynced([first.id]);
    const third = numberedCheckin(3);
    await records.add(third);
    const key = await generateDeviceKey();
    const service = createExportService({
      outbox,
      device: () => ({ deviceId: 'dev-0123456789', siteId: SITE, key }),
      now: () => new Date('2026-11-23T17:05:00+07:00'),
    });

    const file = await service.unsynced();
    expect(file.count).toBe(2);
    expect(file.fileName).toMatch(/^ho-so-chua-gui-23456789-\d{12}\.json$/);
    const parsed: unknown = JSON.parse(file.text);
    const check = await verifyExport(parsed, await exportPublicKey(key.publicKey));
    expect(check.ok).toBe(true);
    expect(check.ok && check.file.records.map((r) => r.id)).toEqual([second.id, third.id]);
    // With the time each entered the outbox, signed, for the server's revocation rule.
    const queued = await db.outbox.bulkGet([second.id, third.id]);
    expect(check.ok && check.file.queuedAt).toEqual({
      [second.id]: queued[0]!.queuedAt,
      [third.id]: queued[1]!.queuedAt,
    });
    // Exporting does not dequeue: a later sync must still send them.
    expect(await outbox.count()).toBe(2);
  });

  it('refuses on a tablet enrolled without a key', async () => {
    db = freshDb();
    const service = createExportService({
      outbox: new OutboxRepository(db),
      device: () => ({ deviceId: 'd', siteId: SITE }),
    });
    await expect(service.unsynced()).rejects.toThrow('export.noKey');
  });
});
