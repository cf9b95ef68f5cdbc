// `records:import FILE`: a tablet's signed offline export (issue 4), carried in by hand when the
// tablet could not sync. The file is trusted only if the key the device enrolled with verifies
// it; then its records go through the same ingest as /sync/push, as that device, so a file
// imported twice, or records pushed after it, come back as duplicates.
import { readFileSync } from 'node:fs';
import { exportHeader, verifyExport, type SignedExport } from '../../../src/domain/device-export';
import { MAX_BATCH_RECORDS, type PushResult } from '../../../src/domain/protocol';
import { ingestBatch } from '../services/ingest';
import type { Store } from '../store/store';
import { AdminError } from './admin-error';
import { required } from './checks';
import type { Command } from './commands';

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
async function verified(store: Store, input: unknown): Promise<SignedExport> {
  const header = exportHeader(input);
  if (header === null) throw new AdminError('not a tablet export file (unknown format)');
  const device = await store.devices.get(header.deviceId);
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
  // A revoked tablet may be in the wrong hands: only what it exported before then is taken.
  if (
    device.revokedAt !== null &&
    !(Date.parse(check.file.exportedAt) < Date.parse(device.revokedAt))
  ) {
    throw refuse(
      `device ${device.id} was revoked at ${device.revokedAt}, before this file was exported`,
    );
  }
  return check.file;
}

export async function importRecords(store: Store, input: unknown, now: Date): Promise<string[]> {
  const file = await verified(store, input);
  const device = { id: file.deviceId, siteId: file.siteId };
  const results: PushResult[] = [];
  for (let i = 0; i < file.records.length; i += MAX_BATCH_RECORDS) {
    const batch = file.records.slice(i, i + MAX_BATCH_RECORDS);
    results.push(...(await ingestBatch(store, device, batch, now)));
  }
  const count = (status: PushResult['status']) => results.filter((r) => r.status === status).length;
  const rejectedLines = results
    .filter((r) => r.status === 'rejected')
    .map((r) => {
      const e = r.errors?.[0];
      return `rejected ${r.id || '(no id)'}: ${e ? `${e.field} ${e.code}: ${e.message}` : 'invalid'}`;
    });
  return [
    `Device ${file.deviceId}, site ${file.siteId}, exported ${file.exportedAt}: ${results.length} records`,
    ...rejectedLines,
    `accepted ${count('accepted')}, duplicate ${count('duplicate')}, rejected ${count('rejected')}`,
  ];
}

export const importRecordsCommand: Command = {
  usage: 'FILE.json   (a tablet export signed with its enrolled key; or --file FILE.json)',
  options: ['file'],
  positional: 'file',
  run: (store, o) => importRecords(store, readJson(required(o.file, 'file')), new Date()),
};
