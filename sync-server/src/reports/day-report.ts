// A site's end-of-day figures: the same daySummary() the tablet runs, over every record the
// server holds for that site's visits of that date, so after a full sync both agree.
import { daySummary, type DaySummary } from '../../../src/domain/day-summary';
import type { VaxRecord } from '../../../src/domain/records';
import type { Store } from '../store/store';
import { recordsRepo } from '../sync';

export async function siteDaySummary(
  store: Store,
  siteId: string,
  date: string,
  nowMs: number,
): Promise<DaySummary> {
  const bodies = await recordsRepo(store).ofVisitDay(siteId, date);
  return daySummary(
    bodies.map((body) => JSON.parse(body) as VaxRecord),
    nowMs,
  );
}
