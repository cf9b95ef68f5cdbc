// How the change feed announces records: its rows and the distinct records they name. A record
// stored exactly once and announced exactly once gives both equal to the records stored.
import type { Kysely } from 'kysely';
import type { Database } from '../../../sync-server/src/store/schema';

export async function recordChanges(
  db: Kysely<Database>,
): Promise<{ rows: number; distinct: number }> {
  const counts = await db
    .selectFrom('changes')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.count<number>('key').distinct().as('k'),
    ])
    .where('entity', '=', 'record')
    .executeTakeFirstOrThrow();
  return { rows: Number(counts.n), distinct: Number(counts.k) };
}
