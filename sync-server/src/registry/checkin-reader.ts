// The check-ins registry matching reads, as they now stand: corrections that took effect applied,
// voided check-ins left out, each with the province of its site (docs/registry.md).
import { countedRecords } from '../../../src/domain/corrections';
import { provinceCode } from '../../../src/domain/provinces';
import type { PersonRecord } from '../../../src/domain/registry/platform-persons';
import type { CheckinRecord, VaxRecord } from '../../../src/domain/records';
import { sql } from 'kysely';
import type { DbHandle } from '../store/db-handle';
import { isPostgres } from '../store/open-postgres';
import { sitesRepo } from '../store/repos/sites';
import { recordsRepo } from '../sync';

/** A check-in as matching sees it, and the site it was made at. */
export interface SiteRecord extends PersonRecord {
  siteId: string;
  visitKey: string;
}

export function checkinReader(handle: DbHandle) {
  const provinces = new Map<string, string | undefined>();
  const provinceOf = async (siteId: string): Promise<string | undefined> => {
    if (!provinces.has(siteId)) {
      const site = await sitesRepo(handle).get(siteId);
      provinces.set(siteId, site === undefined ? undefined : provinceCode(site.province));
    }
    return provinces.get(siteId);
  };

  const asSiteRecords = async (checkins: readonly VaxRecord[]): Promise<SiteRecord[]> => {
    const corrections = await recordsRepo(handle).correctionsOf(checkins.map((c) => c.id));
    const all = [...checkins, ...corrections.map((body) => JSON.parse(body) as VaxRecord)];
    const out: SiteRecord[] = [];
    for (const r of countedRecords(all)) {
      if (r.type !== 'checkin') continue;
      const province = await provinceOf(r.siteId);
      out.push({
        recordId: r.id,
        siteId: r.siteId,
        visitKey: r.visitKey,
        occurredAt: r.occurredAt,
        citizen: (r as CheckinRecord).data.citizen,
        ...(province === undefined ? {} : { provinceCode: province }),
      });
    }
    return out;
  };

  return {
    /**
     * On PostgreSQL, before paging through every check-in: the planner's statistics of what it
     * reads. A bulk load (records:import, a seed) may have left none yet (autovacuum comes later),
     * and then each page scanned every check-in and sorted them: 0.7 s a page at 600 k check-ins,
     * against under a millisecond once analysed (7 December 2026). Sampled: ~1 s at any size.
     */
    async refreshStatistics(): Promise<void> {
      if (isPostgres(handle.db)) await sql`analyze records, record_flags`.execute(handle.db);
    },

    /** These check-ins (other ids are ignored), as they now stand. */
    async byIds(ids: readonly string[]): Promise<SiteRecord[]> {
      const stored = await recordsRepo(handle).byIds(ids);
      const checkins = [...stored.values()]
        .filter((r) => r.type === 'checkin')
        .map((r) => JSON.parse(r.body) as VaxRecord);
      return asSiteRecords(checkins);
    },

    /** Every check-in, a page at a time, in id order. */
    async *pages(size: number): AsyncGenerator<SiteRecord[]> {
      let after = '';
      for (;;) {
        const rows = await handle.db
          .selectFrom('records')
          .select(['id', 'body'])
          .where('type', '=', 'checkin')
          .where('id', '>', after)
          .orderBy('id')
          .limit(size)
          .execute();
        if (rows.length === 0) return;
        after = rows.at(-1)!.id;
        yield asSiteRecords(rows.map((r) => JSON.parse(r.body) as VaxRecord));
      }
    },
  };
}
