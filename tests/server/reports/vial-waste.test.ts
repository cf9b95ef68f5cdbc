// GET /api/v1/reports/day and open vials: doses left in a vial that is still usable are
// "open until HH:MM", not waste; only once the vial's open life is over do they count as wasted.
import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { DaySummary } from '../../../src/domain/day-summary';
import { push } from '../helpers/api';
import { injectionRecord } from '../../support/records';
import { createTestApp, enrollDevice, NURSE, SITE, type TestApp } from '../helpers/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

const MINUTE = 60_000;
/** The Vietnam local time `agoMs` before now, with its offset (what a tablet there records). */
const vnTime = (agoMs: number) =>
  new Date(Date.now() - agoMs + 7 * 60 * MINUTE).toISOString().replace('Z', '+07:00');

it('counts doses left in a usable vial as open, and those in an expired vial as wasted', async () => {
  const tablet = await enrollDevice(t);
  const day = vnTime(MINUTE).slice(0, 10);
  const shot = (citizen: string, lot: string, openedAgo: number) =>
    injectionRecord(SITE.id, NURSE.id, {
      visitKey: `${SITE.id}:${day}:${citizen}`,
      occurredAt: `${day}${vnTime(MINUTE).slice(10)}`,
      data: {
        vaccine: 'PF',
        lot,
        doseNumber: 1,
        doseKind: 'primary',
        arm: 'left',
        vial: { id: uuidv7(), openedAt: vnTime(openedAgo) },
      },
    });
  const fresh = shot('001085123456', 'FRESH', 10 * MINUTE);
  const stale = shot('079190004321', 'STALE', 7 * 60 * MINUTE);
  const { body } = await push(t, tablet, [fresh, stale]);
  expect(body.results.map((r) => r.status)).toEqual(['accepted', 'accepted']);

  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/reports/day?date=${day}`,
    headers: tablet.headers,
  });
  expect(res.statusCode).toBe(200);
  const lots = res.json<DaySummary>().lots;
  const freshOpenedMs = Date.parse(fresh.data.vial!.openedAt);
  expect(lots).toEqual([
    {
      lot: 'FRESH',
      vaccine: 'PF',
      vialsOpened: 1,
      dosesUsed: 1,
      dosesOpen: 5,
      openUntilMs: freshOpenedMs + 6 * 60 * MINUTE,
      dosesWasted: 0,
    },
    {
      lot: 'STALE',
      vaccine: 'PF',
      vialsOpened: 1,
      dosesUsed: 1,
      dosesOpen: 0,
      openUntilMs: null,
      dosesWasted: 5,
    },
  ]);
});
