// One dose recorded twice in one visit by two tablets that were offline: the server
// keeps both (a dose really given twice must stay on record) and the data-quality flag names both
// records, with the tablet, staff member and time of each, so an operator can find them.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { LocalDate } from '../../../src/domain/local-date';
import { flaggedRecords } from '../../../sync-server/src/reports/quality';
import { push } from '../helpers/api';
import { addOperator, getAs, signInCookie } from '../helpers/operators';
import { checkinRecord, injectionRecord } from '../../support/records';
import {
  createTestApp,
  enrollDevice,
  NURSE,
  OTHER_NURSE,
  SITE,
  type TestApp,
} from '../helpers/test-app';
import { staffRepo } from '../../../sync-server/src/store/repos/staff';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
  await staffRepo(t.store).put(SITE.id, [NURSE, OTHER_NURSE]);
});
afterEach(() => t.close());

const DAY = '2026-11-23' as LocalDate;
const VISIT = `${SITE.id}:${DAY}:001085123456`;
const dose1 = { vaccine: 'AZ', lot: 'AZ-001', doseNumber: 1, doseKind: 'primary' } as const;

it('accepts two injections of one visit from two tablets and flags both, each naming the other', async () => {
  const a = await enrollDevice(t, SITE.id, 'Bàn tiêm 1');
  const b = await enrollDevice(t, SITE.id, 'Bàn tiêm 2');
  const first = injectionRecord(SITE.id, NURSE.id, {
    visitKey: VISIT,
    occurredAt: `${DAY}T09:40:00.000+07:00`,
    data: { ...dose1, arm: 'left' },
  });
  const second = injectionRecord(SITE.id, OTHER_NURSE.id, {
    visitKey: VISIT,
    occurredAt: `${DAY}T09:41:30.000+07:00`,
    data: { ...dose1, arm: 'right' },
  });
  const pushedA = await push(t, a, [checkinRecord(SITE.id, NURSE.id, { visitKey: VISIT }), first]);
  const pushedB = await push(t, b, [second]);
  expect([...pushedA.body.results, ...pushedB.body.results].map((r) => r.status)).toEqual([
    'accepted',
    'accepted',
    'accepted',
  ]);

  const flagged = await flaggedRecords(
    t.store,
    { kind: 'national' },
    { from: DAY, to: DAY },
    'duplicate-dose',
  );
  expect(flagged.map((r) => r.id).sort()).toEqual([first.id, second.id].sort());
  const byId = new Map(flagged.map((r) => [r.id, r]));
  expect(byId.get(first.id)?.duplicate).toEqual({
    self: {
      id: first.id,
      deviceId: a.deviceId,
      deviceName: 'Bàn tiêm 1',
      staffId: NURSE.id,
      occurredAt: first.occurredAt,
    },
    others: [
      {
        id: second.id,
        deviceId: b.deviceId,
        deviceName: 'Bàn tiêm 2',
        staffId: OTHER_NURSE.id,
        occurredAt: second.occurredAt,
      },
    ],
  });
  expect(byId.get(second.id)?.duplicate?.others.map((o) => o.id)).toEqual([first.id]);

  // The page an operator reads names both records, both tablets and both times.
  await addOperator(t, 'nat', { kind: 'national' });
  const page = await getAs(
    t,
    await signInCookie(t, 'nat'),
    `/reports/quality/duplicate-dose?from=${DAY}&to=${DAY}`,
  );
  expect(page.statusCode).toBe(200);
  for (const text of [first.id, second.id, 'Bàn tiêm 1', 'Bàn tiêm 2', '09:40', '09:41']) {
    expect(page.body).toContain(text);
  }
});
