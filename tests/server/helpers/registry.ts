// For the registry tests: a check-in of any citizen at the test site (keyed by the ID, or by a
// provisional id when there is none), and the stored match row that holds a check-in.
import { newId } from '../../../src/domain/ids';
import type { CheckinRecord, Citizen } from '../../../src/domain/records';
import { matchesRepo } from '../../../sync-server/src/registry';
import type { DbHandle } from '../../../sync-server/src/store/db-handle';
import { checkinRecord, DAY } from '../../support/records';
import { NURSE, SITE } from './test-app';

export function checkinOf(citizen: Citizen, day = DAY): CheckinRecord {
  const id = newId();
  return checkinRecord(SITE.id, NURSE.id, {
    id,
    visitKey: `${SITE.id}:${day}:${citizen.id ?? id}`,
    data: { method: 'manual', citizen },
  });
}

export async function matchRowOf(handle: DbHandle, recordId: string) {
  for await (const rows of matchesRepo(handle).pages(100))
    for (const r of rows) if (r.record_ids.includes(recordId)) return r;
  return undefined;
}
