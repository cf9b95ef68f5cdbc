// On an empty database the server seeds the demo site so a fresh install can be tried at once.
import { demoData } from '../seed/demo-data';
import type { Store } from '../store/store';

/** The demo code works for a day and for several tablets, so a whole demo site can enroll. */
const DEMO_CODE = { validHours: 24, maxUses: 20 };

/** Seeds and returns a fresh enrollment code, or undefined when the database already has sites. */
export async function seedDemoIfEmpty(
  store: Store,
  now: Date,
  registrations?: number,
): Promise<{ code: string; siteId: string } | undefined> {
  if ((await store.sites.count()) > 0) return undefined;
  const demo = demoData({ registrations });
  return store.transaction(async (tx) => {
    await tx.sites.create(demo.site, now);
    await tx.staff.put(demo.site.id, demo.staff);
    await tx.lots.put(demo.site.id, demo.lots);
    await tx.registrations.put(demo.site.id, demo.registrations);
    const { code } = await tx.enrollment.create(demo.site.id, { ...DEMO_CODE, now });
    return { code, siteId: demo.site.id };
  });
}
