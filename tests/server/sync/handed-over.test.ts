// Records handed from tablet to tablet by QR (docs/handoff.md) reach the server from both tablets:
// whichever pushes first stores them, the other is answered `duplicate`, and each counts once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { push } from '../helpers/api';
import { checkinRecord, injectionRecord, screeningRecord } from '../../support/records';
import {
  createTestApp,
  enrollDevice,
  NURSE,
  OTHER_SITE,
  SITE,
  type TestApp,
} from '../helpers/test-app';
import { recordsRepo } from '../../../sync-server/src/sync/repos/records';
import type { VaxRecord } from '../../../src/domain/records';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

describe('records pushed by two tablets of the site', () => {
  it.each([['the receiving tablet first'], ['the making tablet first']])(
    'are stored once, %s',
    async (order) => {
      const maker = await enrollDevice(t, SITE.id, 'bàn tiếp đón');
      const receiver = await enrollDevice(t, SITE.id, 'bàn tiêm');
      const checkin = checkinRecord(SITE.id, NURSE.id);
      const visit: VaxRecord[] = [
        checkin,
        screeningRecord(SITE.id, NURSE.id, { visitKey: checkin.visitKey }),
      ];
      const own = injectionRecord(SITE.id, NURSE.id, { visitKey: checkin.visitKey });
      const [first, second] =
        order === 'the receiving tablet first'
          ? [
              { device: receiver, records: [...visit, own] },
              { device: maker, records: visit },
            ]
          : [
              { device: maker, records: visit },
              { device: receiver, records: [...visit, own] },
            ];

      const a = await push(t, first.device, first.records);
      expect(a.body.results.map((r) => r.status)).toEqual(first.records.map(() => 'accepted'));
      const b = await push(t, second.device, second.records);
      expect(b.body.results.map((r) => r.status)).toEqual(
        second.records.map((r) => (visit.includes(r) ? 'duplicate' : 'accepted')),
      );
      expect(await recordsRepo(t.store).countForSite(SITE.id)).toBe(3);
    },
  );

  it("refuses the records from a tablet of another site, even a copy of this site's", async () => {
    const ours = await enrollDevice(t, SITE.id);
    const theirs = await enrollDevice(t, OTHER_SITE.id);
    const checkin = checkinRecord(SITE.id, NURSE.id);
    await push(t, ours, [checkin]);
    const { body } = await push(t, theirs, [checkin]);
    expect(body.results).toEqual([
      expect.objectContaining({
        status: 'rejected',
        errors: [expect.objectContaining({ code: 'wrong-site' })],
      }),
    ]);
    expect(await recordsRepo(t.store).countForSite(SITE.id)).toBe(1);
  });
});
