// Record times through the real push: an impossible time is rejected with its reason, an
// implausible one is stored, flagged against the server's clock, and shown on the quality pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoWithOffset } from '../../../src/domain/time';
import { push } from '../helpers/api';
import { addOperator, getAs, signInCookie } from '../helpers/operators';
import { checkinRecord } from '../../support/records';
import { createTestApp, enrollDevice, NURSE, type Device, type TestApp } from '../helpers/test-app';

const CITIZEN = '001085123456';
let t: TestApp;
let device: Device;

/** A check-in at `occurredAt`, its visit keyed on `visitDay` (default: occurredAt's own date). */
const at = (occurredAt: string, visitDay = occurredAt.slice(0, 10)) =>
  checkinRecord('S1', NURSE.id, { occurredAt, visitKey: `S1:${visitDay}:${CITIZEN}` });

beforeAll(async () => {
  t = await createTestApp();
  device = await enrollDevice(t, 'S1');
});

afterAll(async () => {
  await t.close();
});

describe('record times at push', () => {
  it('rejects the impossible, saying why', async () => {
    const records = [
      at('9999-12-31T23:59:59.000+07:00', '2026-11-23'),
      at('0000-01-01T00:00:00.000+07:00', '2026-11-23'),
      at('2026-11-23T09:15:02.123+14:59'),
      at('2026-11-23T09:15:02.123+07:00', '2026-11-20'),
    ];
    const res = await push(t, device, records);
    expect(res.status).toBe(200);
    expect(
      res.body.results.map((r) => [r.status, r.errors?.map((e) => `${e.field}:${e.code}`)]),
    ).toEqual([
      ['rejected', ['occurredAt:year-range']],
      ['rejected', ['occurredAt:year-range']],
      ['rejected', ['occurredAt:offset']],
      ['rejected', ['visitKey:visit-date']],
    ]);
    expect(res.body.results[2]?.errors?.[0]?.message).toMatch(/offset/);
  });

  it('accepts the implausible, flagged, and shows it on the quality pages', async () => {
    const ahead = new Date(Date.now() + 3 * 86_400_000);
    const future = at(isoWithOffset(ahead, 420));
    const early = at('2020-06-01T09:00:00.000+07:00');
    const midnight = at('2026-11-24T00:10:00.000+07:00', '2026-11-23');
    const res = await push(t, device, [future, early, midnight]);
    expect(res.body.results.map((r) => r.status)).toEqual(['accepted', 'accepted', 'accepted']);

    await addOperator(t, 'site1', { kind: 'site', siteId: 'S1' });
    const cookie = await signInCookie(t, 'site1');
    const day = future.occurredAt.slice(0, 10);
    const shows = async (code: string, from: string, to: string, id: string, label: string) => {
      const counts = await getAs(t, cookie, `/reports/quality?from=${from}&to=${to}`);
      expect(counts.statusCode).toBe(200);
      expect(counts.body).toContain(label);
      const list = await getAs(t, cookie, `/reports/quality/${code}?from=${from}&to=${to}`);
      expect(list.statusCode).toBe(200);
      expect(list.body).toContain(`/reports/records/${id}`);
    };
    await shows(
      'future-time',
      day,
      day,
      future.id,
      'Thời điểm ghi sớm hơn giờ máy chủ quá một ngày',
    );
    await shows(
      'before-campaign',
      '2020-06-01',
      '2020-06-01',
      early.id,
      'trước ngày bắt đầu chiến dịch',
    );
    await shows('visit-date-off', '2026-11-23', '2026-11-24', midnight.id, 'lệch một ngày');
    const english = await getAs(t, cookie, `/reports/quality?from=${day}&to=${day}&lang=en`);
    expect(english.body).toContain('Recorded more than a day ahead of the server');
  });
});
