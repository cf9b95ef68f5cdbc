// Proofs and held corrections (docs/architecture.md §10, docs/security.md):
// - `citizen_scans`: the sites where a check-in read a citizen's identity from a card or QR. With a
//   registration at the site, the only proof that lets a site receive the citizen's dose history.
//   Filled from the check-ins already stored.
// - Corrections already stored whose target never arrived are marked held (`correction-held`
//   flag), so they are applied nowhere until their target arrives and they are judged then.
// The table shapes are those of this migration, not schema.ts. Portable SQL: the same migration
// runs on PostgreSQL.
import { sql, type Kysely, type Migration } from 'kysely';

interface Tables {
  records: { id: string; type: string; site_id: string; body: string; target_id: string | null };
  record_flags: {
    record_id: string;
    field: string;
    code: string;
    message: string;
    site_id: string;
    day: string;
  };
  citizen_scans: { citizen_id: string; site_id: string };
}

const BATCH = 1000;
const READ_FROM_CODE = ['cccd-qr', 'personal-qr', 'registration-qr'];

/** The ID number a stored check-in read from a code, if any. */
function scannedId(body: string): string | null {
  try {
    const data = (JSON.parse(body) as { data?: { method?: unknown; citizen?: { id?: unknown } } })
      .data;
    const id = data?.citizen?.id;
    return READ_FROM_CODE.includes(String(data?.method)) && typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}

async function backfillScans(db: Kysely<Tables>): Promise<void> {
  let after = '';
  for (;;) {
    const rows = await db
      .selectFrom('records')
      .select(['id', 'site_id', 'body'])
      .where('type', '=', 'checkin')
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    const scans = rows.flatMap((r) => {
      const citizenId = scannedId(r.body);
      return citizenId === null ? [] : [{ citizen_id: citizenId, site_id: r.site_id }];
    });
    if (scans.length > 0) {
      await db
        .insertInto('citizen_scans')
        .values(scans)
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    const last = rows.at(-1);
    if (last === undefined || rows.length < BATCH) return;
    after = last.id;
  }
}

async function holdOrphanCorrections(db: Kysely<Tables>): Promise<void> {
  const message =
    'The corrected record has not arrived: this correction changes nothing until it does';
  await db
    .insertInto('record_flags')
    .columns(['record_id', 'field', 'code', 'message', 'site_id', 'day'])
    .expression(
      db
        .selectFrom('records as c')
        .select([
          'c.id',
          sql.lit('data.targetId').as('field'),
          sql.lit('correction-held').as('code'),
          sql.lit(message).as('message'),
          'c.site_id',
          sql<string>`substr(c.occurred_at, 1, 10)`.as('day'),
        ])
        .where('c.type', '=', 'correction')
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(selectFrom('records as t').select('t.id').whereRef('t.id', '=', 'c.target_id')),
          ),
        ),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
}

async function up(db: Kysely<Tables>): Promise<void> {
  await db.schema
    .createTable('citizen_scans')
    .addColumn('citizen_id', 'text', (c) => c.notNull())
    .addColumn('site_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('citizen_scans_pk', ['citizen_id', 'site_id'])
    .execute();
  await backfillScans(db);
  await holdOrphanCorrections(db);
}

export const proofsAndHolds: Migration = {
  // Kysely runs SQLite migrations outside a transaction; this one is all or nothing anyway.
  up: (db: Kysely<unknown>) => {
    const typed = db as unknown as Kysely<Tables>;
    return typed.isTransaction ? up(typed) : typed.transaction().execute((tx) => up(tx));
  },
};
