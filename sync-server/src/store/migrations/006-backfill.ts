// Fills what migration 006 adds from the records already stored, in keyset-ordered batches so a
// large database is never held in memory: a `report_doses` row per injection (its site's
// corrections applied, as ingest does), the registration id of check-ins, and the site and day of
// every flag. The table shapes are those of migration 006, not schema.ts, so later schema changes
// cannot alter what this migration does.
import { sql, type Kysely } from 'kysely';
import { effectiveRecords } from '../../../../src/domain/corrections';
import type { VaxRecord } from '../../../../src/domain/records';
import { chunks } from '../chunks';
import { isPostgres } from '../open-postgres';

interface Tables {
  records: {
    id: string;
    site_id: string;
    type: string;
    visit_key: string;
    occurred_at: string;
    received_at: string;
    body: string;
    target_id: string | null;
    registration_id: string | null;
  };
  report_doses: {
    site_id: string;
    day: string;
    visit_key: string;
    record_id: string;
    vaccine: string;
    dose_number: number;
    delay_ms: number;
  };
  record_flags: { record_id: string; site_id: string | null; day: string | null };
}

const BATCH = 2000;

function parsed(body: string): VaxRecord | undefined {
  try {
    return JSON.parse(body) as VaxRecord;
  } catch {
    return undefined;
  }
}

/**
 * Each batch of `type` records, in id order, until none are left. The batches walk the primary
 * key and the type is checked here, so that no database is tempted to sort the table per batch.
 */
async function eachBatch(
  db: Kysely<Tables>,
  type: string,
  fn: (rows: Tables['records'][]) => Promise<void>,
): Promise<void> {
  let after = '';
  for (;;) {
    const rows = await db
      .selectFrom('records')
      .selectAll()
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    const ofType = rows.filter((r) => r.type === type);
    if (ofType.length > 0) await fn(ofType);
    const last = rows.at(-1);
    if (last === undefined || rows.length < BATCH) return;
    after = last.id;
  }
}

async function backfillReportDoses(db: Kysely<Tables>): Promise<void> {
  await eachBatch(db, 'injection', async (rows) => {
    const corrections = await db
      .selectFrom('records')
      .select(['site_id', 'body'])
      .where(
        'target_id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
    const siteOf = new Map(rows.map((r) => [r.id, r.site_id]));
    const records = [...rows, ...corrections].flatMap((r) => parsed(r.body) ?? []);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const facts: Tables['report_doses'][] = [];
    // Only the injection's own site may correct it (as at ingest).
    const own = records.filter(
      (r) => r.type !== 'correction' || siteOf.get(r.data.targetId) === r.siteId,
    );
    for (const record of effectiveRecords(own)) {
      const row = byId.get(record.id);
      if (row === undefined || record.type !== 'injection') continue;
      facts.push({
        site_id: row.site_id,
        day: row.occurred_at.slice(0, 10),
        visit_key: row.visit_key,
        record_id: row.id,
        vaccine: record.data.vaccine,
        dose_number: record.data.doseNumber,
        delay_ms: Date.parse(row.received_at) - Date.parse(row.occurred_at),
      });
    }
    for (const chunk of chunks(facts, 7))
      await db.insertInto('report_doses').values(chunk).execute();
  });
}

async function backfillRegistrationIds(db: Kysely<Tables>): Promise<void> {
  await eachBatch(db, 'checkin', async (rows) => {
    for (const row of rows) {
      const record = parsed(row.body);
      const registrationId = record?.type === 'checkin' ? record.data.registrationId : undefined;
      if (typeof registrationId !== 'string' || registrationId === '') continue;
      await db
        .updateTable('records')
        .set({ registration_id: registrationId })
        .where('id', '=', row.id)
        .execute();
    }
  });
}

export async function backfillReportFacts<DB>(db: Kysely<DB>): Promise<void> {
  const typed = db as unknown as Kysely<Tables>;
  // Without statistics (a database just restored or filled) PostgreSQL looked up each batch's
  // corrections with a scan of every record: 120 s for a 1,000,000-record day.
  if (isPostgres(db)) await sql`analyze records`.execute(db);
  await backfillReportDoses(typed);
  await backfillRegistrationIds(typed);
  // One statement: the flags' records are found by their primary key.
  const of = (column: string) =>
    sql<string>`(select ${sql.raw(column)} from records r where r.id = record_flags.record_id)`;
  await typed
    .updateTable('record_flags')
    .set({ site_id: of('r.site_id'), day: of('substr(r.occurred_at, 1, 10)') })
    .execute();
}
