// After the run, the database itself is checked against what the tablets sent — not the server's
// answers, which a lost response or a kill could make lie. A record is lost when it is not stored,
// or stored with other content; a record is duplicated when anything it causes was applied twice:
// stored twice, two `changes` rows, two dose-history updates of its citizen, or two `accepted`
// answers reaching tablets.
import { sql, type Kysely } from 'kysely';
import { canonicalJson } from '../../../src/domain/canonical-json';
import type { Database } from '../../../sync-server/src/store/schema';
import type { Ledger } from './tablets';
import type { Workload } from './workload';

const PAGE = 20_000;

export interface Verdict {
  stored: number;
  /** Sent records not stored, and stored records whose body differs from what was sent. */
  missing: number;
  altered: number;
  /** Stored records no tablet sent. */
  unexpected: number;
  storedTwice: number;
  /** `changes` rows of records: missing ones, and extra ones (one record announced twice). */
  changesMissing: number;
  changesExtra: number;
  /** `citizen_doses` rows compared with the injections sent. */
  dosesMissing: number;
  dosesExtra: number;
  /** Citizens whose dose history was announced more than once (each had one injection). */
  historiesExtra: number;
  /** Records a tablet was told `accepted` more than once. */
  acceptedTwice: number;
  /** Records still in an outbox at the end (no accepted or duplicate answer reached a tablet). */
  unacknowledged: number;
  rejected: number;
  lost: number;
  duplicated: number;
}

const count = (row: { n: number | string | bigint } | undefined) => Number(row?.n ?? 0);

export async function verify(
  db: Kysely<Database>,
  workload: Workload,
  ledger: Ledger,
): Promise<Verdict> {
  const expected = new Map<string, number>();
  for (let i = 0; i < workload.records; i++) expected.set(workload.id(i), i);
  const seen = new Uint8Array(workload.records);
  let stored = 0;
  let altered = 0;
  let unexpected = 0;
  // Keyset pages over the primary key: constant memory, the same query on SQLite and PostgreSQL.
  for (let after = ''; ;) {
    const rows = await db
      .selectFrom('records')
      .select(['id', 'body'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(PAGE)
      .execute();
    for (const row of rows) {
      stored++;
      const index = expected.get(row.id);
      if (index === undefined) {
        unexpected++;
        continue;
      }
      seen[index]! += 1;
      if (row.body !== canonicalJson(workload.record(index))) altered++;
    }
    if (rows.length < PAGE) break;
    after = rows[rows.length - 1]!.id;
  }
  let missing = 0;
  let storedTwice = 0;
  let acceptedTwice = 0;
  let unacknowledged = 0;
  let rejected = 0;
  for (let i = 0; i < workload.records; i++) {
    if (seen[i] === 0) missing++;
    if (seen[i]! > 1) storedTwice++;
    if (ledger.accepted[i]! > 1) acceptedTwice++;
    if (ledger.accepted[i]! + ledger.duplicates[i]! === 0) unacknowledged++;
    if (ledger.rejected[i]! > 0) rejected++;
  }

  const changes = await sql<{ n: number; d: number }>`
    select count(*) as n, count(distinct key) as d from changes where entity = 'record'`.execute(
    db,
  );
  const changeRows = Number(changes.rows[0]?.n ?? 0);
  const changeKeys = Number(changes.rows[0]?.d ?? 0);
  const doses = count(
    await db
      .selectFrom('citizen_doses')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst(),
  );
  const histories = await sql<{ n: number; d: number }>`
    select count(*) as n, count(distinct key) as d from changes
    where entity = 'dose-history'`.execute(db);
  const historiesExtra = Number(histories.rows[0]?.n ?? 0) - Number(histories.rows[0]?.d ?? 0);

  const verdict = {
    stored,
    missing,
    altered,
    unexpected,
    storedTwice,
    changesMissing: Math.max(0, workload.records - changeKeys),
    changesExtra: changeRows - changeKeys,
    dosesMissing: Math.max(0, workload.injections - doses),
    dosesExtra: Math.max(0, doses - workload.injections),
    historiesExtra,
    acceptedTwice,
    unacknowledged,
    rejected,
  };
  return {
    ...verdict,
    lost: missing + altered + verdict.changesMissing + verdict.dosesMissing,
    duplicated:
      storedTwice + verdict.changesExtra + verdict.dosesExtra + historiesExtra + acceptedTwice,
  };
}
