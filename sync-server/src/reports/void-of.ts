// The void that took a record out of every count, if any: the operator's record page
// says so, with the reason, rather than showing a voided dose as if it stood. Only a void that
// took effect counts: corrections refused or still held are not "effective" (records repo), and
// only the record's own site may void it.
import type { CorrectionRecord } from '../../../src/domain/records';
import { isVoid } from '../../../src/domain/voids';
import type { Store } from '../store/store';
import { recordsRepo } from '../sync';

export async function voidOf(
  store: Store,
  record: { id: string; siteId: string },
): Promise<CorrectionRecord | undefined> {
  const voids = (await recordsRepo(store).correctionsOf([record.id]))
    .map((body) => JSON.parse(body) as CorrectionRecord)
    .filter((c) => c.siteId === record.siteId && isVoid(c))
    .sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : 1));
  return voids[0];
}
