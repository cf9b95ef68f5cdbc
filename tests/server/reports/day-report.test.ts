// GET /api/v1/reports/day: the site's figures for one local date, corrections applied.
import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DaySummary } from '../../../src/domain/day-summary';
import { push } from '../helpers/api';
import type { VaxRecord } from '../../../src/domain/records';
import {
  checkinRecord,
  correctionRecord,
  injectionRecord,
  observationRecord,
  screeningRecord,
} from '../../support/records';
import {
  createTestApp,
  enrollDevice,
  NURSE,
  OTHER_NURSE,
  OTHER_SITE,
  SITE,
  type Device,
  type TestApp,
} from '../helpers/test-app';

let t: TestApp;
let tablet: Device;
beforeEach(async () => {
  t = await createTestApp();
  tablet = await enrollDevice(t);
});
afterEach(() => t.close());

const report = (device: Device | undefined, query: string) =>
  t.app.inject({
    method: 'GET',
    url: `/api/v1/reports/day${query}`,
    ...(device && { headers: device.headers }),
  });

async function pushAll(device: Device, records: VaxRecord[]) {
  const { body } = await push(t, device, records);
  expect(body.results.map((r) => r.status)).toEqual(records.map(() => 'accepted'));
}

const A = `${SITE.id}:2026-11-23:001085123456`;
const B = `${SITE.id}:2026-11-23:079190004321`;
const vial = { id: uuidv7(), openedAt: '2026-11-23T09:30:00.000+07:00' };

describe('GET /api/v1/reports/day', () => {
  it("sums the site's records of that date from every tablet, corrections applied", async () => {
    const other = await enrollDevice(t, SITE.id, 'B');
    const injectionA = injectionRecord(SITE.id, NURSE.id, {
      visitKey: A,
      data: { vaccine: 'PF', lot: 'FK5127', doseNumber: 1, doseKind: 'primary', arm: 'left', vial },
    });
    await pushAll(tablet, [
      checkinRecord(SITE.id, NURSE.id, { visitKey: A }),
      screeningRecord(SITE.id, NURSE.id, { visitKey: A }),
      injectionA,
      observationRecord(SITE.id, NURSE.id, {
        visitKey: A,
        data: {
          releasedAt: '2026-11-23T10:10:00.000+07:00',
          reactions: [{ code: 'fever', severity: 'mild' }],
          referred: false,
        },
      }),
    ]);
    await pushAll(other, [
      checkinRecord(SITE.id, NURSE.id, { visitKey: B }),
      screeningRecord(SITE.id, NURSE.id, {
        visitKey: B,
        data: { answers: {}, outcome: 'postpone', decision: 'defer' },
      }),
      // The dose was entered as dose 2 by mistake; the correction makes it dose 1.
      correctionRecord(injectionA, NURSE.id, { 'data.doseNumber': 2 }),
      // Another day, and another site: not in the figures.
      checkinRecord(SITE.id, NURSE.id, {
        visitKey: `${SITE.id}:2026-11-24:001085123456`,
        occurredAt: '2026-11-24T09:00:00.000+07:00',
      }),
    ]);
    const elsewhere = await enrollDevice(t, OTHER_SITE.id);
    await pushAll(elsewhere, [
      checkinRecord(OTHER_SITE.id, OTHER_NURSE.id, {
        visitKey: `${OTHER_SITE.id}:2026-11-23:001085123456`,
      }),
    ]);

    const res = await report(tablet, '?date=2026-11-23');
    expect(res.statusCode).toBe(200);
    expect(res.json<DaySummary>()).toEqual({
      checkedIn: 2,
      screened: { eligible: 1, postpone: 1, contraindicated: 0, refer: 0, caution: 0 },
      injected: [{ vaccine: 'PF', doseNumber: 2, count: 1 }],
      released: 1,
      reactions: { mild: 1, moderate: 0, severe: 0, referred: 0 },
      // The vial's six hours are long over: what is left in it is waste.
      lots: [
        {
          lot: 'FK5127',
          vaccine: 'PF',
          vialsOpened: 1,
          dosesUsed: 1,
          dosesOpen: 0,
          openUntilMs: null,
          dosesWasted: 5,
        },
      ],
    });
    expect((await report(tablet, '?date=2026-11-24')).json<DaySummary>().checkedIn).toBe(1);
    expect((await report(tablet, '?date=2026-11-25')).json<DaySummary>().checkedIn).toBe(0);
  });

  it.each(['', '?date=', '?date=23/11/2026', '?date=2026-02-30', '?date=2026-11-23x'])(
    'answers 400 JSON to %s',
    async (query) => {
      const res = await report(tablet, query);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual({ error: 'bad-request', message: expect.any(String) });
    },
  );

  it.each([
    ['9999-12-31', /outside 1900–2100/],
    ['0000-01-01', /outside 1900–2100/],
    ['2026-02-30', /no such day/],
  ])('says what is wrong with ?date=%s', async (date, reason) => {
    const res = await report(tablet, `?date=${date}`);
    expect(res.statusCode).toBe(400);
    expect(res.json<{ message: string }>().message).toMatch(reason);
  });

  it('answers 401 without a device token', async () => {
    expect((await report(undefined, '?date=2026-11-23')).statusCode).toBe(401);
  });
});
