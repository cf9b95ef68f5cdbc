// `records:import FILE`: a tablet's signed offline export, carried in by hand when the
// tablet could not sync. The file is trusted only if the key the device enrolled with verifies
// it; then its records go through the same ingest as /sync/push, as that device, so a file
// imported twice, or records pushed after it, come back as duplicates. The file's own date is the
// tablet's word: what is taken is decided by the enrolment and revocation times stored here
// (sync/export-admission.ts).
import { readFileSync } from 'node:fs';
import { exportHeader, verifyExport, type SignedExport } from '../../../src/domain/device-export';
import { MAX_BATCH_RECORDS, type PushResult } from '../../../src/domain/protocol';
import {
  afterRevocation,
  exportDateProblem,
  REVOKED_DEVICE_FLAG,
  revokedDeviceFlag,
  checkBatch,
  storeInTransaction,
  type CheckedBatch,
} from '../sync';
import { type DeviceWithKey, devicesRepo } from '../devices';
import type { Store } from '../store/store';
import { AdminError } from './admin-error';
import { required } from './checks';
import type { Command } from '../shared/admin-command';

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new AdminError(`cannot read ${file}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new AdminError(`${file} is not JSON; expected a tablet's export file`);
  }
}

/** Checks everything about the file before a single record is stored. */
async function verified(
  store: Store,
  input: unknown,
): Promise<{ file: SignedExport; device: DeviceWithKey }> {
  const header = exportHeader(input);
  if (header === null) throw new AdminError('not a tablet export file (unknown format)');
  const device = await devicesRepo(store).get(header.deviceId);
  if (!device) throw new AdminError(`the file comes from device ${header.deviceId}, unknown here`);
  const refuse = (why: string) => new AdminError(`${why}; nothing imported`);
  if (device.publicKey === null) {
    throw refuse(
      `device ${device.id} enrolled without a public key, so its file cannot be verified`,
    );
  }
  const check = await verifyExport(input, device.publicKey);
  if (!check.ok) {
    throw refuse(
      check.reason === 'signature'
        ? `the signature does not match device ${device.id}'s key: the file was altered or not made by that device`
        : 'the file is not a valid tablet export',
    );
  }
  if (check.file.siteId !== device.siteId) {
    throw refuse(
      `the file names site ${check.file.siteId}, but device ${device.id} belongs to site ${device.siteId}`,
    );
  }
  const dated = exportDateProblem(check.file, device);
  if (dated !== null) throw refuse(dated);
  return { file: check.file, device };
}

/**
 * A revoked device's records are taken only if they happened and were queued before the
 * revocation, each with a flag; the others are refused with the reason.
 */
function admitFromRevoked(checked: CheckedBatch, file: SignedExport, device: DeviceWithKey) {
  if (device.revokedAt === null) return checked;
  const revokedAt = device.revokedAt;
  const candidates = checked.candidates.filter(({ index, record, flags }) => {
    const refused = afterRevocation(record, file.queuedAt?.[record.id], revokedAt);
    if (refused.length > 0) {
      checked.answers[index] = { id: record.id, status: 'rejected', errors: refused };
      return false;
    }
    flags.push(revokedDeviceFlag(device));
    return true;
  });
  return { ...checked, candidates };
}

export async function importRecords(store: Store, input: unknown, now: Date): Promise<string[]> {
  const { file, device } = await verified(store, input);
  const results: PushResult[] = [];
  for (let i = 0; i < file.records.length; i += MAX_BATCH_RECORDS) {
    const batch = file.records.slice(i, i + MAX_BATCH_RECORDS);
    const checked = admitFromRevoked(checkBatch(device, batch, now), file, device);
    results.push(...(await storeInTransaction(store, device, checked, now.toISOString())));
  }
  const count = (status: PushResult['status']) => results.filter((r) => r.status === status).length;
  const rejectedLines = results
    .filter((r) => r.status === 'rejected')
    .map((r) => {
      const e = r.errors?.[0];
      return `rejected ${r.id || '(no id)'}: ${e ? `${e.field} ${e.code}: ${e.message}` : 'invalid'}`;
    });
  const accepted = count('accepted');
  return [
    `Device ${file.deviceId}, site ${file.siteId}, exported ${file.exportedAt}: ${results.length} records`,
    ...(device.revokedAt === null
      ? []
      : [
          `device ${device.id} was revoked at ${device.revokedAt}: only records made and queued before then are taken; ${accepted} accepted are flagged ${REVOKED_DEVICE_FLAG} for the data-quality pages`,
        ]),
    ...rejectedLines,
    `accepted ${accepted}, duplicate ${count('duplicate')}, rejected ${count('rejected')}`,
  ];
}

export const importRecordsCommand: Command = {
  usage: 'FILE.json   (a tablet export signed with its enrolled key; or --file FILE.json)',
  options: ['file'],
  positional: 'file',
  run: (store, o) => importRecords(store, readJson(required(o.file, 'file')), new Date()),
};
