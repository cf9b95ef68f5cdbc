// The offline export: every record still waiting for the server, in a file signed with
// this tablet's key. The records stay queued: a later normal sync of the same records is answered
// "duplicate" once the operator has imported the file.
import type { ExportService } from './contracts';
import { EXPORT_FORMAT, signExport } from '../domain/device-export';
import { isoWithOffset } from '../domain/time';
import type { OutboxRepository } from '../data/outbox-repo';

export interface ExportDevice {
  deviceId: string;
  siteId: string;
  key?: CryptoKeyPair;
}

export function createExportService(deps: {
  outbox: Pick<OutboxRepository, 'queued'>;
  device(): ExportDevice | undefined;
  now?: () => Date;
}): ExportService {
  return {
    async unsynced() {
      const device = deps.device();
      // Tablets enrolled before exports existed have no key: they must be enrolled again.
      if (device?.key === undefined) throw new Error('export.noKey');
      const queued = await deps.outbox.queued();
      const records = queued.map((q) => q.record);
      const exportedAt = isoWithOffset(deps.now?.() ?? new Date());
      const file = await signExport(
        {
          format: EXPORT_FORMAT,
          deviceId: device.deviceId,
          siteId: device.siteId,
          exportedAt,
          records,
          // The server trusts a revoked tablet's records only if they were queued before then.
          queuedAt: Object.fromEntries(queued.map((q) => [q.record.id, q.queuedAt])),
        },
        device.key.privateKey,
      );
      const stamp = exportedAt.slice(0, 16).replace(/[-:T]/g, '');
      return {
        fileName: `ho-so-chua-gui-${device.deviceId.slice(-8)}-${stamp}.json`,
        text: JSON.stringify(file),
        count: records.length,
      };
    },
  };
}
