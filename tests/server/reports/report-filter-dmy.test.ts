// The report filters are typed day first (dd/mm/yyyy) whatever the browser's
// locale; links, bookmarks and CSV files keep YYYY-MM-DD; every date on the pages is written
// dd/mm/yyyy (Vietnamese) or "23 Nov 2026" (English). The date limits of docs/security.md hold for
// typed dates too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addOperator, getAs, signInCookie } from '../helpers/operators';
import { checkinRecord, injectionRecord } from '../../support/records';
import { push } from '../helpers/api';
import { createTestApp, enrollDevice, NURSE, type TestApp } from '../helpers/test-app';

let t: TestApp;
let cookie: string;
let recordId = '';
const get = (url: string) => getAs(t, cookie, url);
/** The query a browser sends for the form as typed. */
const typed = (from: string, to: string) =>
  new URLSearchParams({ from, to }).toString().replaceAll('+', '%20');

beforeAll(async () => {
  t = await createTestApp();
  const device = await enrollDevice(t, 'S1');
  // An injection on 23/11/2026, and an adult without an ID (flagged) the same day.
  const noId = checkinRecord('S1', NURSE.id, {
    visitKey: 'S1:2026-11-23:01932f5e-8a1b-7c2d-9e3f-4a5b6c7d8e9f',
    data: { method: 'manual', citizen: { fullName: 'Lê Thị Cúc', dob: '1970-02-02', sex: 'F' } },
  });
  const injection = injectionRecord('S1', NURSE.id, { visitKey: 'S1:2026-11-23:079090000123' });
  recordId = noId.id;
  const res = await push(t, device, [noId, injection]);
  expect(res.body.results.map((r: { status: string }) => r.status)).toEqual([
    'accepted',
    'accepted',
  ]);
  await addOperator(t, 'site1', { kind: 'site', siteId: 'S1' });
  cookie = await signInCookie(t, 'site1');
});

afterAll(async () => {
  await t.close();
});

describe('report filters typed day first', () => {
  it('offers text fields for dd/mm/yyyy, not the browser date field', async () => {
    const res = await get(`/reports?${typed('20/11/2026', '25/11/2026')}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('type="date"');
    for (const [name, value] of [
      ['from', '20/11/2026'],
      ['to', '25/11/2026'],
    ]) {
      const input = new RegExp(`<input[^>]*id="${name}"[^>]*>`).exec(res.body)?.[0] ?? '';
      expect(input).toContain('type="text"');
      expect(input).toContain('inputmode="numeric"');
      expect(input).toContain('placeholder="dd/mm/yyyy"');
      expect(input).toContain('pattern="');
      expect(input).toContain(`value="${value}"`);
    }
    expect(res.body).toContain('Từ 20/11/2026 đến 25/11/2026');
    // Links keep the machine form.
    expect(res.body).toContain('from=2026-11-20&amp;to=2026-11-25&amp;format=csv');
  });

  it('reads one-digit days and months, eight digits alone, and ISO dates', async () => {
    for (const [query, range] of [
      [typed('1/11/2026', '5/11/2026'), 'Từ 01/11/2026 đến 05/11/2026'],
      [typed('01112026', '05112026'), 'Từ 01/11/2026 đến 05/11/2026'],
      [typed(' 20/11/2026 ', '25/11/2026'), 'Từ 20/11/2026 đến 25/11/2026'],
      ['from=2026-11-20&to=2026-11-25', 'Từ 20/11/2026 đến 25/11/2026'],
    ]) {
      const res = await get(`/reports?${query}`);
      expect(res.statusCode, query).toBe(200);
      expect(res.body, query).toContain(range);
    }
    const en = await get(`/reports?${typed('20/11/2026', '25/11/2026')}&lang=en`);
    expect(en.body).toContain('20 Nov 2026 to 25 Nov 2026');
    expect(en.body).toContain('value="20/11/2026"');
  });

  it('counts the days typed, and the CSV keeps ISO dates', async () => {
    const query = typed('22/11/2026', '24/11/2026');
    const csv = await get(`/reports?${query}&format=csv&table=doses-per-day`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toContain('doses-per-day_2026-11-22_2026-11-24.csv');
    expect(csv.body).toContain('2026-11-22,0\r\n2026-11-23,1\r\n2026-11-24,0');
    const quality = await get(`/reports/quality?${query}&format=csv`);
    expect(quality.body).toContain('missing-id,1');
  });

  it('refuses a typed date that is not one, as for ISO dates, with the form and the reason', async () => {
    for (const [from, to, vi, en] of [
      ['31/02/2026', '01/03/2026', /không có trong lịch/, /not a day of the/],
      ['01/01/1899', '01/03/1899', /ngoài khoảng 1900–2100/, /outside 1900–2100/],
      ['25/11/2026', '20/11/2026', /ở sau Đến ngày/, /From is after To/],
      ['01/10/2025', '04/11/2026', /dài hơn 366 ngày/, /longer than 366 days/],
      ['11/25/2026', '25/11/2026', /không có trong lịch/, /not a day of the/],
      ['20.11.2026', '25/11/2026', /dd\/mm\/yyyy/, /dd\/mm\/yyyy/],
    ] as const) {
      for (const [lang, reason] of [
        ['', vi],
        ['&lang=en', en],
      ] as const) {
        const url = `/reports/quality?${typed(from, to)}${lang}`;
        const res = await get(url);
        expect(res.statusCode, url).toBe(400);
        expect(res.body, url).toMatch(reason);
        expect(res.body, url).toContain('role="alert"');
        expect(res.body, url).toContain('action="/reports/quality"');
      }
    }
  });

  it('writes dates day first in tables and on a record', async () => {
    const range = typed('20/11/2026', '25/11/2026');
    const overview = await get(`/reports?${range}`);
    expect(overview.body).toMatch(/data-label="Ngày">\s*23\/11\/2026\s*</);
    expect(overview.body).not.toMatch(/>\s*2026-11-2\d\s*</);
    const list = await get(`/reports/quality/missing-id?${range}&lang=en`);
    expect(list.body).toMatch(/data-label="Date">\s*23 Nov 2026\s*</);
    const record = await get(`/reports/records/${recordId}`);
    expect(record.statusCode).toBe(200);
    expect(record.body).toContain('23/11/2026 09:15:02');
    expect(record.body).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });
});
