// The issuer's per-person state (migration 018) and how far it has read the registry's matches.
import type { MatchesMark } from '../registry';
import { chunks } from '../store/chunks';
import type { DbHandle } from '../store/db-handle';
import type { DccSubjectsTable } from '../store/schema';
import type { NotSignableReason, Subject } from './subject';

const fromRow = (r: DccSubjectsTable): Subject => ({
  idNumber: r.id_number,
  facts: JSON.parse(r.facts) as Subject['facts'],
  uvci: r.uvci,
  notSignable: r.not_signable as NotSignableReason | null,
  updatedAt: r.updated_at,
});

export function subjectsRepo({ db }: DbHandle) {
  return {
    async get(idNumbers: readonly string[]): Promise<Map<string, Subject>> {
      const found = new Map<string, Subject>();
      for (const chunk of chunks([...new Set(idNumbers)], 1)) {
        const rows = await db
          .selectFrom('dcc_subjects')
          .selectAll()
          .where('id_number', 'in', chunk)
          .execute();
        for (const r of rows) found.set(r.id_number, fromRow(r));
      }
      return found;
    },

    async put(subjects: readonly Subject[]): Promise<void> {
      const rows: DccSubjectsTable[] = subjects.map((s) => ({
        id_number: s.idNumber,
        facts: JSON.stringify(s.facts),
        uvci: s.uvci,
        not_signable: s.notSignable,
        updated_at: s.updatedAt,
      }));
      for (const chunk of chunks(rows, 5)) {
        await db
          .insertInto('dcc_subjects')
          .values(chunk)
          .onConflict((oc) =>
            oc.column('id_number').doUpdateSet((eb) => ({
              facts: eb.ref('excluded.facts'),
              uvci: eb.ref('excluded.uvci'),
              not_signable: eb.ref('excluded.not_signable'),
              updated_at: eb.ref('excluded.updated_at'),
            })),
          )
          .execute();
      }
    },

    /** Persons whose certificate waits for issuer keys. */
    async waitingForIssuer(limit: number): Promise<string[]> {
      const rows = await db
        .selectFrom('dcc_subjects')
        .select('id_number')
        .where('not_signable', '=', 'issuer-not-ready')
        .limit(limit)
        .execute();
      return rows.map((r) => r.id_number);
    },

    async remove(idNumbers: readonly string[]): Promise<void> {
      for (const chunk of chunks([...new Set(idNumbers)], 1)) {
        await db.deleteFrom('dcc_subjects').where('id_number', 'in', chunk).execute();
      }
    },

    async watermark(): Promise<MatchesMark> {
      const row = await db
        .selectFrom('dcc_watermark')
        .select(['matched_at', 'person_key'])
        .where('id', '=', 1)
        .executeTakeFirst();
      return row ? { at: row.matched_at, personKey: row.person_key } : { at: '', personKey: '' };
    },

    async setWatermark(mark: MatchesMark): Promise<void> {
      await db
        .insertInto('dcc_watermark')
        .values({ id: 1, matched_at: mark.at, person_key: mark.personKey })
        .onConflict((oc) =>
          oc.column('id').doUpdateSet({ matched_at: mark.at, person_key: mark.personKey }),
        )
        .execute();
    },
  };
}
