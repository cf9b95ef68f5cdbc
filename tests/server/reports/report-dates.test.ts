// A date range a report cannot show is refused, quickly, on every report page
// and CSV, with the filter form (HTML) or a sentence (CSV) saying what is wrong. Before, a year
// 9999 made the day loop run for ever and took the whole server down for every site.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addOperator, getAs, signInCookie } from '../helpers/operators';
import { checkinRecord } from '../../support/records';
import { push } from '../helpers/api';
import { createTestApp, enrollDevice, NURSE, type TestApp } from '../helpers/test-app';

const GOOD = 'from=2026-11-20&to=2026-11-25';
/** Generous for a loaded 2-core machine; the broken loop never answered at all. */
const BOUND_MS = 5000;

const BAD: [string, string, RegExp, RegExp][] = [
  // query, what it is, Vietnamese reason, English reason
  ['from=9999-12-31&to=9999-12-31', 'year 9999', /ngoài khoảng 1900–2100/, /outside 1900–2100/],
  ['from=0000-01-01&to=2026-11-23', 'year 0000', /ngoài khoảng 1900–2100/, /outside 1900–2100/],
  ['from=2026-02-30&to=2026-03-01', 'no such day', /không có trong lịch/, /not a day of the/],
  ['from=10000-01-01&to=2026-03-01', 'five-digit year', /YYYY-MM-DD/, /YYYY-MM-DD/],
  ['from=2026-11-25&to=2026-11-20', 'from after to', /ở sau Đến ngày/, /From is after To/],
  ['from=2025-10-01&to=2026-11-04', '400 days', /dài hơn 366 ngày/, /longer than 366 days/],
  ['from=garbage&to=%3Cb%3E', 'garbage', /không phải là ngày/, /not a date written/],
  ['from=2026-11-20&from=2026-11-21', 'repeated', /không phải là ngày/, /not a date written/],
];

let t: TestApp;
let cookie: string;
/** Every report page and CSV, as linked from the pages themselves. */
let routes: { path: string; csv: boolean }[];

beforeAll(async () => {
  t = await createTestApp();
  // One flagged record (an adult without an ID), so the quality pages list a flag and a record.
  const device = await enrollDevice(t, 'S1');
  const noId = checkinRecord('S1', NURSE.id, {
    visitKey: 'S1:2026-11-23:01932f5e-8a1b-7c2d-9e3f-4a5b6c7d8e9f',
    data: { method: 'manual', citizen: { fullName: 'Lê Thị Cúc', dob: '1970-02-02', sex: 'F' } },
  });
  expect((await push(t, device, [noId])).body.results[0]?.status).toBe('accepted');
  await addOperator(t, 'site1', { kind: 'site', siteId: 'S1' });
  cookie = await signInCookie(t, 'site1');

  const links = async (url: string) => {
    const res = await getAs(t, cookie, url);
    expect(res.statusCode).toBe(200);
    return [...res.body.matchAll(/href="(\/reports[^"?]*)\?([^"]*)"/g)].map(([, path, q]) => ({
      path: path!,
      csv: q!.includes('format=csv'),
      table: /table=([a-z-]+)/.exec(q!)?.[1],
    }));
  };
  const found = [
    ...(await links(`/reports?${GOOD}`)),
    ...(await links(`/reports/quality?${GOOD}`)),
    ...(await links(`/reports/quality/missing-id?${GOOD}`)),
  ];
  const unique = new Map<string, { path: string; csv: boolean }>();
  for (const l of found) {
    const csvQuery = l.table === undefined ? 'format=csv' : `format=csv&table=${l.table}`;
    const path = l.csv ? `${l.path}?${csvQuery}` : l.path;
    unique.set(path, { path, csv: l.csv });
  }
  routes = [...unique.values()];
});

afterAll(async () => {
  await t.close();
});

const withQuery = (path: string, query: string) =>
  `${path}${path.includes('?') ? '&' : '?'}${query}`;

describe('report date filters', () => {
  it('finds every report page and CSV to try', () => {
    const paths = routes.map((r) => `${r.csv ? 'csv' : 'page'} ${r.path}`);
    for (const expected of [
      'page /reports',
      'page /reports/quality',
      'page /reports/quality/missing-id',
      'csv /reports?format=csv&table=doses-per-day',
      'csv /reports?format=csv&table=coverage-by-site',
      'csv /reports/quality?format=csv',
      'csv /reports/quality/missing-id?format=csv',
    ]) {
      expect(paths).toContain(expected);
    }
    expect(paths.some((p) => p.startsWith('page /reports/records/'))).toBe(true);
    expect(routes.length).toBeGreaterThanOrEqual(12);
  });

  it.each(BAD)(
    'refuses %s (%s) on every page and CSV, quickly, saying why',
    async (query, _, vi, en) => {
      for (const { path, csv } of routes) {
        for (const [lang, reason] of [
          ['', vi],
          ['&lang=en', en],
        ] as const) {
          const url = withQuery(path, query + lang);
          const started = Date.now();
          const res = await getAs(t, cookie, url);
          expect(Date.now() - started, url).toBeLessThan(BOUND_MS);
          expect(res.statusCode, url).toBe(400);
          expect(res.body, url).toMatch(reason);
          if (csv) {
            expect(res.headers['content-type'], url).toBe('text/plain; charset=utf-8');
          } else {
            expect(res.headers['content-type'], url).toBe('text/html; charset=utf-8');
            // The form to ask again, at the same path, and the reason as an alert.
            expect(res.body, url).toContain(`action="${path}"`);
            expect(res.body, url).toContain('name="from"');
            expect(res.body, url).toContain('role="alert"');
            expect(res.body, url).not.toContain('<b>');
          }
        }
      }
      // The server still answers a good request afterwards.
      const after = await getAs(t, cookie, `/reports?${GOOD}`);
      expect(after.statusCode).toBe(200);
      expect(after.body).toContain('Từ 20/11/2026 đến 25/11/2026');
    },
  );

  it('still shows a full year and the default range', async () => {
    const year = await getAs(t, cookie, '/reports?from=2025-11-24&to=2026-11-24');
    expect(year.statusCode).toBe(200);
    expect((await getAs(t, cookie, '/reports')).statusCode).toBe(200);
    expect((await getAs(t, cookie, '/reports/quality?to=2026-11-25')).statusCode).toBe(200);
  });
});
