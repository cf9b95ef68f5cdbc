// The end-of-day transfer (docs/handoff.md): every record this tablet has not had confirmed by
// the server, signed as one bundle and sent as fountain frames; on the other side, frames gathered
// until the bundle rebuilds and hashes right, then checked like a one-visit code. Both tablets
// keep the records queued until the server answers for them.
import type { DayFrameReceipt, DayTransfer } from './contracts';
import type { ExportDevice } from './export-unsynced';
import type { OutboxRepository } from '../data/outbox-repo';
import type { RecordRepository } from '../data/record-repo';
import { signBytes } from '../domain/device-export';
import { checkHandoff } from '../domain/handoff/check-handoff';
import { DayReceiver, dayFrames } from '../domain/handoff/day-frames';
import type { SiteDevice } from '../domain/handoff/site-devices';
import {
  HANDOFF_FORMAT,
  MAX_DAY_RECORDS,
  makeHandoffBundle,
  readHandoffBundle,
} from '../domain/handoff/visit-code';
import { isoWithOffset } from '../domain/time';

/**
 * Bytes of data per frame: 443 with the header, 665 base45 characters, a version-17 QR at
 * level M (85 modules a side), which a tablet camera reads at arm's length at 10 frames/s.
 */
export const DAY_BLOCK_BYTES = 400;

export interface DayTransferDeps {
  outbox: Pick<OutboxRepository, 'queued'>;
  records: Pick<RecordRepository, 'addReceived'>;
  devices(): Promise<SiteDevice[]>;
  device(): ExportDevice | undefined;
  onReceived(): Promise<void>;
  now?: () => Date;
}

export function createDayTransfer(deps: DayTransferDeps) {
  const now = deps.now ?? (() => new Date());
  let receiver = new DayReceiver();
  /** The answer for the current transfer once complete: its later frames get it again. */
  let result: Promise<DayFrameReceipt> | undefined;

  async function finish(complete: DayReceiver): Promise<DayFrameReceipt> {
    const bundle = await complete.bundle();
    if (bundle === undefined) return { kind: 'refused', reason: 'digest' };
    const siteId = deps.device()?.siteId;
    if (siteId === undefined) return { kind: 'refused', reason: 'unknown-device' };
    const context = { siteId, devices: await deps.devices(), now: now() };
    const check = await checkHandoff(readHandoffBundle(bundle, MAX_DAY_RECORDS), context);
    if (!check.ok) return { kind: 'refused', reason: check.reason };
    const added = await deps.records.addReceived(check.records);
    if (added > 0) await deps.onReceived();
    return { kind: 'done', added, count: check.records.length };
  }

  return {
    async send(): Promise<DayTransfer> {
      const device = deps.device();
      if (device?.key === undefined) throw new Error('export.noKey');
      const records = (await deps.outbox.queued()).map((q) => q.record);
      if (records.length === 0) return { count: 0, blocks: 0, frame: () => '' };
      const { privateKey } = device.key;
      const bundle = await makeHandoffBundle(
        {
          format: HANDOFF_FORMAT,
          deviceId: device.deviceId,
          siteId: device.siteId,
          madeAt: isoWithOffset(now()),
          records,
        },
        (bytes) => signBytes(privateKey, bytes),
      );
      const frames = await dayFrames(bundle, DAY_BLOCK_BYTES);
      return { count: records.length, blocks: frames.blocks, frame: frames.frame };
    },

    async receive(text: string): Promise<DayFrameReceipt> {
      let outcome = receiver.add(text);
      // After one transfer is done, a frame of another one starts receiving that one.
      if (outcome === 'other-transfer' && result !== undefined) {
        receiver = new DayReceiver();
        result = undefined;
        outcome = receiver.add(text);
      }
      if (outcome === 'complete') return (result ??= finish(receiver));
      if (outcome === 'other-transfer') return { kind: 'other-transfer' };
      return { kind: 'progress', ...receiver.progress };
    },
  };
}
