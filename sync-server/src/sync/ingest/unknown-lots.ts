// A dose from a lot the site was never given (a typo, stock from elsewhere, a made-up lot) is
// still a dose someone received: it is stored, and flagged for the data-quality pages, not
// refused. Judging it needs the site's lots, so it is done here with the store, for a whole
// batch in one query (none when the batch records no lot).
import type { FieldError, VaxRecord } from '../../../../src/domain/records';
import type { DbHandle } from '../../store/db-handle';
import { lotsRepo } from '../../store/repos/lots';

/** The lot a record says a dose came from: an injection's, or the one a correction sets. */
function lotOf(record: VaxRecord): { lot: string; field: string } | undefined {
  if (record.type === 'injection') return { lot: record.data.lot, field: 'data.lot' };
  const lot = record.type === 'correction' ? record.data.changes['data.lot'] : undefined;
  return typeof lot === 'string' ? { lot, field: 'data.changes.data.lot' } : undefined;
}

/** The `unknown-lot` flag of each record naming a lot the site does not have, by position. */
export async function unknownLotFlags(
  tx: DbHandle,
  siteId: string,
  records: readonly VaxRecord[],
): Promise<Map<number, FieldError>> {
  const named = records.map(lotOf);
  const flags = new Map<number, FieldError>();
  const lots = named.flatMap((n) => (n === undefined ? [] : [n.lot]));
  if (lots.length === 0) return flags;
  const given = await lotsRepo(tx).givenTo(siteId, lots);
  named.forEach((n, i) => {
    if (n !== undefined && !given.has(n.lot)) {
      flags.set(i, {
        field: n.field,
        code: 'unknown-lot',
        message: `Lot ${n.lot} was never given to site ${siteId}`,
      });
    }
  });
  return flags;
}
