// Hand-off by QR between tablets of one site with no network (docs/handoff.md): show one visit's
// records as a code signed with this tablet's key; take another tablet's code once it checks
// against the site's device list. Records taken are queued for the server here too: whichever
// tablet reaches it first pushes them, the other is answered `duplicate`.
import type { HandoffService } from './contracts';
import type { ChangeSignal } from './change-signal';
import type { ExportDevice } from './export-unsynced';
import { toVisits } from './visit-views';
import { createDayTransfer } from './day-transfer';
import type { OutboxRepository } from '../data/outbox-repo';
import type { RecordRepository } from '../data/record-repo';
import { signBytes } from '../domain/device-export';
import { checkHandoff } from '../domain/handoff/check-handoff';
import type { SiteDevice } from '../domain/handoff/site-devices';
import {
  HANDOFF_FORMAT,
  MAX_HANDOFF_RECORDS,
  makeHandoffCode,
  readHandoffCode,
} from '../domain/handoff/visit-code';
import { isoWithOffset } from '../domain/time';

export interface HandoffServiceDeps {
  records: Pick<RecordRepository, 'byVisitKeys' | 'addReceived'>;
  outbox: Pick<OutboxRepository, 'queued'>;
  devices(): Promise<SiteDevice[]>;
  device(): ExportDevice | undefined;
  changes: ChangeSignal;
  onSaved(): Promise<void>;
  now?: () => Date;
}

export function createHandoffService(deps: HandoffServiceDeps): HandoffService {
  const now = deps.now ?? (() => new Date());
  const received = async () => {
    deps.changes.notify();
    await deps.onSaved();
  };
  const day = createDayTransfer({ ...deps, onReceived: received });
  return {
    dayTransfer: () => day.send(),
    receiveFrame: (text) => day.receive(text),
    async visitCode(visitKey) {
      const device = deps.device();
      // Tablets enrolled before device keys existed cannot sign: they must be enrolled again.
      if (device?.key === undefined) throw new Error('export.noKey');
      const records = (await deps.records.byVisitKeys([visitKey])).filter(
        (r) => r.siteId === device.siteId,
      );
      if (records.length === 0 || records.length > MAX_HANDOFF_RECORDS) {
        throw new Error('handoff.makeFailed');
      }
      const payload = {
        format: HANDOFF_FORMAT,
        deviceId: device.deviceId,
        siteId: device.siteId,
        madeAt: isoWithOffset(now()),
        records,
      } as const;
      const { privateKey } = device.key;
      return makeHandoffCode(payload, (bytes) => signBytes(privateKey, bytes));
    },

    async receive(text) {
      const siteId = deps.device()?.siteId;
      if (siteId === undefined) return { ok: false, reason: 'unknown-device' };
      const context = { siteId, devices: await deps.devices(), now: now() };
      const check = await checkHandoff(readHandoffCode(text), context);
      if (!check.ok) return check;
      // One code, one visit: the visit the receiving station opens next.
      const visitKey = check.records[0]!.visitKey;
      if (check.records.some((r) => r.visitKey !== visitKey))
        return { ok: false, reason: 'format' };
      const added = await deps.records.addReceived(check.records);
      if (added > 0) await received();
      const [visit] = toVisits(await deps.records.byVisitKeys([visitKey]));
      return { ok: true, visitKey, added, ...(visit ? { visit } : {}) };
    },
  };
}
