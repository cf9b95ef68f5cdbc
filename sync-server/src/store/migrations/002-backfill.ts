// Fills the columns migration 002 adds from the JSON bodies already stored: a registration's
// citizen id and a correction's target id. Read in keyset-ordered batches, so a site with 200,000
// registrations never holds them all in memory. The table shapes are those of migration 002, not
// schema.ts, so later schema changes cannot alter what this migration does.
import type { Kysely } from 'kysely';

interface Tables {
  registrations: { site_id: string; id: string; body: string; citizen_id: string | null };
  records: { id: string; type: string; body: string; target_id: string | null };
}

const BATCH = 1000;

function stringAt(body: string, read: (parsed: Record<string, unknown>) => unknown) {
  try {
    const value = read(JSON.parse(body) as Record<string, unknown>);
    return typeof value === 'string' && value !== '' ? value : null;
  } catch {
    return null;
  }
}

const nested = (o: unknown, key: string): unknown =>
  typeof o === 'object' && o !== null ? (o as Record<string, unknown>)[key] : undefined;

async function backfillRegistrations(db: Kysely<Tables>): Promise<void> {
  let after = { site_id: '', id: '' };
  for (;;) {
    const rows = await db
      .selectFrom('registrations')
      .select(['site_id', 'id', 'body'])
      .where((eb) =>
        eb.or([
          eb('site_id', '>', after.site_id),
          eb.and([eb('site_id', '=', after.site_id), eb('id', '>', after.id)]),
        ]),
      )
      .orderBy('site_id')
      .orderBy('id')
      .limit(BATCH)
      .execute();
    for (const row of rows) {
      const citizenId = stringAt(row.body, (r) => nested(r.citizen, 'id'));
      if (citizenId === null) continue;
      await db
        .updateTable('registrations')
        .set({ citizen_id: citizenId })
        .where('site_id', '=', row.site_id)
        .where('id', '=', row.id)
        .execute();
    }
    const last = rows.at(-1);
    if (last === undefined || rows.length < BATCH) return;
    after = last;
  }
}

async function backfillCorrectionTargets(db: Kysely<Tables>): Promise<void> {
  let after = '';
  for (;;) {
    const rows = await db
      .selectFrom('records')
      .select(['id', 'body'])
      .where('type', '=', 'correction')
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    for (const row of rows) {
      const targetId = stringAt(row.body, (r) => nested(r.data, 'targetId'));
      if (targetId === null) continue;
      await db
        .updateTable('records')
        .set({ target_id: targetId })
        .where('id', '=', row.id)
        .execute();
    }
    const last = rows.at(-1);
    if (last === undefined || rows.length < BATCH) return;
    after = last.id;
  }
}

export async function backfillIssue4Columns<DB>(db: Kysely<DB>): Promise<void> {
  const typed = db as unknown as Kysely<Tables>;
  await backfillRegistrations(typed);
  await backfillCorrectionTargets(typed);
}
