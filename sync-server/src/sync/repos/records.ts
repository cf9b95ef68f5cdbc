// Pushed records and their data-quality flags. Written in bulk: one multi-row statement per
// chunk, so a 500-record batch costs a handful of statements.
import { parseVisitKey } from '../../../../src/domain/visit-key';
import type { DbHandle } from '../../store/db-handle';
import { sql, type SelectQueryBuilder } from 'kysely';
import type { FieldError } from '../../../../src/domain/records';
import { chunks } from '../../store/chunks';
import { insertRows } from '../../store/insert-rows';
import type { Database, RecordsTable } from '../../store/schema';

export interface RecordFlag extends FieldError {
  recordId: string;
}

/**
 * A correction that has not taken effect carries one of these flags (docs/architecture.md §10):
 * held while its target has not arrived, refused for good when it could not take effect on it.
 * Every reader of corrections reads only those without: the flags are the one record of whether one
 * applies.
 */
export const CORRECTION_HELD = 'correction-held';
export const CORRECTION_REFUSED = 'correction-refused';
const NOT_EFFECTIVE = [CORRECTION_HELD, CORRECTION_REFUSED];

/** A held correction, as stored. */
export interface HeldCorrection {
  id: string;
  siteId: string;
  deviceId: string;
  occurredAt: string;
  body: string;
}

export interface StoredRecord {
  siteId: string;
  type: string;
  /** Canonical JSON of the record. */
  body: string;
}

export function recordsRepo({ db }: DbHandle) {
  /** Leaves out the corrections that have not taken effect (a flag of NOT_EFFECTIVE). */
  const effective = <Q extends SelectQueryBuilder<Database, 'records', object>>(query: Q): Q =>
    query.where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('record_flags')
            .select('record_flags.record_id')
            .whereRef('record_flags.record_id', '=', 'records.id')
            .where('record_flags.code', 'in', NOT_EFFECTIVE),
        ),
      ),
    ) as Q;

  return {
    /** Canonical bodies of the ids already stored, by id. */
    async bodiesOf(ids: readonly string[]): Promise<Map<string, string>> {
      const found = new Map<string, string>();
      for (const chunk of chunks([...new Set(ids)], 1)) {
        const rows = await db
          .selectFrom('records')
          .select(['id', 'body'])
          .where('id', 'in', chunk)
          .execute();
        for (const r of rows) found.set(r.id, r.body);
      }
      return found;
    },

    /** Site, type and body of the ids already stored (correction targets, dose histories). */
    async byIds(ids: readonly string[]): Promise<Map<string, StoredRecord>> {
      const found = new Map<string, StoredRecord>();
      for (const chunk of chunks([...new Set(ids)], 1)) {
        const rows = await db
          .selectFrom('records')
          .select(['id', 'site_id', 'type', 'body'])
          .where('id', 'in', chunk)
          .execute();
        for (const r of rows) found.set(r.id, { siteId: r.site_id, type: r.type, body: r.body });
      }
      return found;
    },

    /**
     * Bodies of the corrections of these records that took effect, whatever order they arrived
     * in: the only read of corrections to apply (dose histories, report rows, FHIR).
     */
    async correctionsOf(targetIds: readonly string[]): Promise<string[]> {
      const bodies: string[] = [];
      for (const chunk of chunks([...new Set(targetIds)], 1)) {
        const rows = await effective(
          db.selectFrom('records').select('body').where('target_id', 'in', chunk),
        ).execute();
        for (const r of rows) bodies.push(r.body);
      }
      return bodies;
    },

    /** The corrections held for these records, which have just arrived. */
    async heldFor(targetIds: readonly string[]): Promise<HeldCorrection[]> {
      const held: HeldCorrection[] = [];
      for (const chunk of chunks([...new Set(targetIds)], 1)) {
        const rows = await db
          .selectFrom('records')
          .innerJoin('record_flags', 'record_flags.record_id', 'records.id')
          .select(['records.id', 'records.site_id', 'records.device_id'])
          .select(['records.occurred_at', 'records.body'])
          .where('records.target_id', 'in', chunk)
          .where('record_flags.code', '=', CORRECTION_HELD)
          .execute();
        for (const r of rows) {
          held.push({
            id: r.id,
            siteId: r.site_id,
            deviceId: r.device_id,
            occurredAt: r.occurred_at,
            body: r.body,
          });
        }
      }
      return held;
    },

    /** These held corrections stop being held: they take effect, or (flagged `refused`) never. */
    async endHold(held: readonly HeldCorrection[], refused: readonly RecordFlag[]): Promise<void> {
      for (const chunk of chunks([...new Set(held.map((h) => h.id))], 1)) {
        await db
          .deleteFrom('record_flags')
          .where('record_id', 'in', chunk)
          .where('code', '=', CORRECTION_HELD)
          .execute();
      }
      const rowOf = new Map(
        held.map((h) => [h.id, { site_id: h.siteId, occurred_at: h.occurredAt }]),
      );
      await this.insertFlags(refused, rowOf);
    },

    /**
     * Bodies of the check-ins of these visits. A visit key names its site, so no site condition:
     * one would tempt SQLite into the site-and-day index instead of the check-ins' own.
     */
    async checkinsOfVisits(visitKeys: readonly string[]): Promise<string[]> {
      const bodies: string[] = [];
      for (const chunk of chunks([...new Set(visitKeys)], 1)) {
        const rows = await db
          .selectFrom('records')
          .select('body')
          .where('visit_key', 'in', chunk)
          // A literal, not a parameter: only then may SQLite use the check-ins' partial index.
          .where('type', '=', sql.lit('checkin'))
          .execute();
        for (const r of rows) bodies.push(r.body);
      }
      return bodies;
    },

    /**
     * The check-ins stating a certificate's doses (`priorDoses`) of the visits of these injections,
     * each with the injection whose visit it is. The text test only narrows the read: the caller
     * reads the doses from the record.
     */
    async certifyingCheckinsOf(
      injectionIds: readonly string[],
    ): Promise<{ injectionId: string; body: string }[]> {
      const found: { injectionId: string; body: string }[] = [];
      for (const chunk of chunks([...new Set(injectionIds)], 1)) {
        const rows = await db
          .selectFrom('records as i')
          .innerJoin('records as c', 'c.visit_key', 'i.visit_key')
          .select(['i.id as injectionId', 'c.body as body'])
          .where('i.id', 'in', chunk)
          // A literal, as in checkinsOfVisits: only then may SQLite use the check-ins' index.
          .where('c.type', '=', sql.lit('checkin'))
          .where('c.body', 'like', '%"priorDoses":%')
          .execute();
        found.push(...rows);
      }
      return found;
    },

    /**
     * Bodies of the injections of these visits, through the site-and-day index (a visit key names
     * its site and day): for the rare visit whose check-in's ID number is corrected, or that states
     * a certificate's doses.
     */
    async injectionsOfVisits(visitKeys: readonly string[]): Promise<string[]> {
      const bodies: string[] = [];
      for (const key of new Set(visitKeys)) {
        const visit = parseVisitKey(key);
        if (visit === null) continue;
        const rows = await db
          .selectFrom('records')
          .select('body')
          .where('site_id', '=', visit.siteId)
          .where('visit_date', '=', visit.localDate)
          .where('visit_key', '=', key)
          .where('type', '=', 'injection')
          .execute();
        for (const r of rows) bodies.push(r.body);
      }
      return bodies;
    },

    /** Bodies of the site's records whose visit is on `date`, corrections included (they carry
     * their target's visit key). */
    async ofVisitDay(siteId: string, date: string): Promise<string[]> {
      const rows = await effective(
        db
          .selectFrom('records')
          .select('body')
          .where('site_id', '=', siteId)
          .where('visit_date', '=', date),
      )
        .orderBy('occurred_at')
        .execute();
      return rows.map((r) => r.body);
    },

    /** The records with their flags (each flag's record among `rows`). */
    async insert(rows: readonly RecordsTable[], flags: readonly RecordFlag[]): Promise<void> {
      await insertRows(db, 'records', rows);
      await this.insertFlags(flags, new Map(rows.map((r) => [r.id, r])));
    },

    /** Flags of records, with their record's site and day (each flag's record in `rowOf`). */
    async insertFlags(
      flags: readonly RecordFlag[],
      rowOf: ReadonlyMap<string, Pick<RecordsTable, 'site_id' | 'occurred_at'>>,
    ): Promise<void> {
      const flagRows = flags.map((f) => ({
        record_id: f.recordId,
        field: f.field,
        code: f.code,
        message: f.message,
        site_id: rowOf.get(f.recordId)?.site_id ?? '',
        day: rowOf.get(f.recordId)?.occurred_at.slice(0, 10) ?? '',
      }));
      await insertRows(db, 'record_flags', flagRows, true);
    },

    async flagsOf(recordId: string): Promise<FieldError[]> {
      return db
        .selectFrom('record_flags')
        .select(['field', 'code', 'message'])
        .where('record_id', '=', recordId)
        .orderBy('field')
        .orderBy('code')
        .execute();
    },

    async countForSite(siteId: string): Promise<number> {
      const row = await db
        .selectFrom('records')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('site_id', '=', siteId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
