// The verified share per site at the end of each day, kept so the work-queue can chart progress
// over the campaign: written for every site after every reconcile and every background run.
import { isoWithOffset, localDateOf } from '../../../src/domain/time';
import type { DbHandle } from '../store/db-handle';

/** The campaign's days are Vietnam's (UTC+7). */
export const vietnamDay = (at: Date): string => localDateOf(isoWithOffset(at, 7 * 60));

export function progressDaysRepo({ db }: DbHandle) {
  return {
    /** The day's figures of every site, from the matches as they now stand. */
    async snapshot(day: string): Promise<void> {
      const rows = await db
        .selectFrom('registry_matches')
        .select([
          'site_id',
          (eb) => eb.fn.countAll<number>().as('persons'),
          (eb) =>
            eb.fn
              .sum<number>(eb.case().when('status', '=', 'verified').then(1).else(0).end())
              .as('verified'),
        ])
        .groupBy('site_id')
        .execute();
      for (const r of rows) {
        const values = {
          day,
          site_id: r.site_id,
          persons: Number(r.persons),
          verified: Number(r.verified ?? 0),
        };
        await db
          .insertInto('registry_progress_days')
          .values(values)
          .onConflict((oc) =>
            oc.columns(['day', 'site_id']).doUpdateSet({
              persons: values.persons,
              verified: values.verified,
            }),
          )
          .execute();
      }
    },

    /** Per day, the persons and verified persons of these sites (all when omitted), oldest first. */
    async series(
      siteIds?: readonly string[],
    ): Promise<{ day: string; persons: number; verified: number }[]> {
      let query = db
        .selectFrom('registry_progress_days')
        .select([
          'day',
          (eb) => eb.fn.sum<number>('persons').as('persons'),
          (eb) => eb.fn.sum<number>('verified').as('verified'),
        ])
        .groupBy('day')
        .orderBy('day');
      if (siteIds !== undefined) {
        if (siteIds.length === 0) return [];
        query = query.where('site_id', 'in', [...siteIds]);
      }
      return (await query.execute()).map((r) => ({
        day: r.day,
        persons: Number(r.persons),
        verified: Number(r.verified),
      }));
    },
  };
}
