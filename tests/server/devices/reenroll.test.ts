// A revoked tablet's way out: enrolled again with a new code it becomes a
// new device of its site, and the records it kept queued go through the normal push, checked like
// any other push (same site, known staff, roles).
import { afterEach, beforeEach, expect, it } from 'vitest';
import { push } from '../helpers/api';
import { checkinRecord, injectionRecord } from '../../support/records';
import { addStaff, VOLUNTEER } from '../helpers/staff';
import {
  createTestApp,
  enrollDevice,
  NURSE,
  OTHER_SITE,
  SITE,
  type TestApp,
} from '../helpers/test-app';
import { devicesRepo } from '../../../sync-server/src/devices/devices-repo';
import { recordsRepo } from '../../../sync-server/src/sync/repos/records';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
  await addStaff(t, [VOLUNTEER]);
});
afterEach(() => t.close());

it('a revoked tablet enrolled again pushes its queued records as a new device of its site', async () => {
  const tablet = await enrollDevice(t, SITE.id, 'tablet 3');
  const sent = checkinRecord(SITE.id, NURSE.id);
  expect((await push(t, tablet, [sent])).body.results[0]!.status).toBe('accepted');
  await devicesRepo(t.store).revoke(tablet.deviceId, new Date());
  const queued = [
    checkinRecord(SITE.id, NURSE.id),
    injectionRecord(SITE.id, NURSE.id),
    // Still judged: a volunteer may not record an injection.
    injectionRecord(SITE.id, VOLUNTEER.id),
  ];
  expect((await push(t, tablet, queued)).status).toBe(401);

  const again = await enrollDevice(t, SITE.id, 'tablet 3');
  expect(again.deviceId).not.toBe(tablet.deviceId);
  const { status, body } = await push(t, again, [sent, ...queued]);
  expect(status).toBe(200);
  expect(body.results.map((r) => r.status)).toEqual([
    'duplicate',
    'accepted',
    'accepted',
    'rejected',
  ]);
  expect(body.results[3]!.errors?.[0]?.field).toBe('staffId');
  expect(await recordsRepo(t.store).countForSite(SITE.id)).toBe(3);

  // Enrolled at another site, the same records are refused: they are not that site's.
  const elsewhere = await enrollDevice(t, OTHER_SITE.id, 'tablet 3');
  const moved = await push(t, elsewhere, [checkinRecord(SITE.id, NURSE.id)]);
  expect(moved.body.results[0]).toMatchObject({ status: 'rejected' });
  expect(moved.body.results[0]!.errors?.[0]?.code).toBe('wrong-site');
});
