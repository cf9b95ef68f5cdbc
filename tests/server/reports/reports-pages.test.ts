// The operators' report pages over records pushed through the real API, so the numbers
// and flags are the ones ingest really produced. Three sites: S1 and S2 in province 79, S3 in 01.
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Registration } from '../../../src/domain/protocol';
import { push } from '../helpers/api';
import { addOperator, getAs, signInCookie } from '../helpers/operators';
import { checkinRecord, correctionRecord, injectionRecord } from '../../support/records';
import {
  createTestApp,
  enrollDevice,
  NURSE,
  OTHER_NURSE,
  type Device,
  type TestApp,
} from '../helpers/test-app';
import { sitesRepo } from '../../../sync-server/src/store/repos/sites';
import { staffRepo } from '../../../sync-server/src/store/repos/staff';
import { lotsRepo } from '../../../sync-server/src/store/repos/lots';
import { registrationsRepo } from '../../../sync-server/src/store/repos/registrations';

const A = '001085123456'; // male, 1985
const C = '079090000123'; // male, 1990
const RANGE = 'from=2026-11-20&to=2026-11-25';
const at = (day: string, time: string) => `${day}T${time}.000+07:00`;

// Registration ids are the server's UUIDs, as check-ins that scan a registration carry them.
const REG = { a: uuidv7(), x: uuidv7(), y: uuidv7(), c1: uuidv7(), c2: uuidv7(), c3: uuidv7() };

let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, string> = {};

function registration(id: string, citizenId: string, sessionDate: string): Registration {
  return {
    id,
    code: id.toUpperCase(),
    sessionDate,
    priorityGroup: '9',
    citizen: { id: citizenId, fullName: 'Người Đăng Ký', dob: '1985-04-12', sex: 'M' },
    previousDoses: [],
  };
}

/** Pushes as if at `receivedAt` (ingest stamps the server's clock), all accepted. */
async function pushAll(device: Device, records: { id: string }[], receivedAt: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(receivedAt));
  const res = await push(t, device, records).finally(() => vi.useRealTimers());
  expect(res.body.results.map((r) => r.status)).toEqual(records.map(() => 'accepted'));
}

beforeAll(async () => {
  t = await createTestApp();
  await sitesRepo(t.store).create(
    { id: 'S3', name: 'Trạm Y tế Hoàn Kiếm', province: '01' },
    new Date(),
  );
  await staffRepo(t.store).put('S3', [{ id: 'N3', name: 'Y tá Hoa', role: 'nurse' }]);
  // The lots the doses below come from, so only the flags this file is about are raised.
  const lot = (code: string, vaccine: string) => ({
    lot: code,
    vaccine,
    expiry: '2027-06-30',
    dosesAllocated: 100,
  });
  await t.store.transaction(async (tx) => {
    await lotsRepo(tx).put('S1', [lot('FK1234', 'PF'), lot('AZ1', 'AZ')]);
    await lotsRepo(tx).put('S2', [lot('FK1234', 'PF'), lot('P1', 'PF')]);
    await lotsRepo(tx).put('S3', [lot('FK1234', 'PF')]);
  });
  const [s1, s2, s3] = [
    await enrollDevice(t, 'S1'),
    await enrollDevice(t, 'S2'),
    await enrollDevice(t, 'S3'),
  ];
  const day = '2026-11-23';
  const provisional = () => `S1:${day}:${uuidv7()}`;
  const mismatch = checkinRecord('S1', NURSE.id, {
    visitKey: `S1:${day}:001085123457`,
    data: {
      method: 'cccd-qr',
      citizen: { id: '001085123457', fullName: 'Trần Văn Bình', dob: '1990-01-01', sex: 'M' },
    },
  });
  const noId = checkinRecord('S1', NURSE.id, {
    visitKey: provisional(),
    data: { method: 'manual', citizen: { fullName: 'Lê Thị Cúc', dob: '1970-02-02', sex: 'F' } },
  });
  const minor = checkinRecord('S1', NURSE.id, {
    visitKey: provisional(),
    data: { method: 'manual', citizen: { fullName: 'Phạm Bé Na', dob: '2015-05-05', sex: 'F' } },
  });
  const injA1 = injectionRecord('S1', NURSE.id); // A, dose 1, 2026-11-23 09:40
  const injB = injectionRecord('S1', NURSE.id, {
    visitKey: mismatch.visitKey,
    data: { vaccine: 'AZ', lot: 'AZ1', doseNumber: 1, doseKind: 'primary', arm: 'left' },
  });
  // Received 20 minutes after the injections.
  await pushAll(
    s1,
    [checkinRecord('S1', NURSE.id), mismatch, noId, minor, injA1, injB],
    '2026-11-23T03:00:00Z',
  );
  ids.mismatch = mismatch.id;
  ids.injA1 = injA1.id;

  // S2 gives citizen A dose 1 again the next day (a duplicate across sites), and C a dose 2.
  const injA1again = injectionRecord('S2', OTHER_NURSE.id, {
    visitKey: `S2:2026-11-24:${A}`,
    occurredAt: at('2026-11-24', '10:00:00'),
  });
  const injC = injectionRecord('S2', OTHER_NURSE.id, {
    visitKey: `S2:2026-11-24:${C}`,
    occurredAt: at('2026-11-24', '11:00:00'),
    data: { vaccine: 'PF', lot: 'P1', doseNumber: 2, doseKind: 'primary', arm: 'right' },
  });
  // Received the next day: 26 and 25 hours late.
  await pushAll(s2, [injA1again, injC], '2026-11-25T05:00:00Z');
  ids.injA1again = injA1again.id;

  const injS3 = injectionRecord('S3', 'N3', {
    visitKey: `S3:2026-11-22:001090000777`,
    occurredAt: at('2026-11-22', '08:00:00'),
  });
  // A mobile team back after 13 days.
  await pushAll(s3, [injS3], '2026-12-05T01:00:00Z');
  ids.injS3 = injS3.id;

  // S1: A (vaccinated) and one citizen who never came; S2: nobody came.
  await t.store.transaction(async (tx) => {
    await registrationsRepo(tx).put('S1', [
      registration(REG.a, A, day),
      registration(REG.x, '001085999999', day),
    ]);
    await registrationsRepo(tx).put('S2', [registration(REG.y, '001085888888', day)]);
  });

  await addOperator(t, 'nat', { kind: 'national' });
  await addOperator(t, 'hcm', { kind: 'province', province: '79' });
  await addOperator(t, 'site1', { kind: 'site', siteId: 'S1' });
  await addOperator(t, 'site2', { kind: 'site', siteId: 'S2' });
  for (const who of ['nat', 'hcm', 'site1', 'site2']) cookies[who] = await signInCookie(t, who);
});
afterAll(() => t.close());

/** Markup without the whitespace between tags (the templates are formatted as HTML). */
const squash = (html: string) => html.replace(/>\s+/g, '>').replace(/\s+</g, '<');
const pageOf = async (who: string, url: string) =>
  squash((await getAs(t, cookies[who]!, url)).body);

const csv = async (who: string, url: string) => {
  const res = await getAs(t, cookies[who]!, url);
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
  expect(res.headers['content-disposition']).toMatch(/^attachment; filename="[\w.-]+\.csv"$/);
  expect(res.body.startsWith('\uFEFF')).toBe(true);
  return res.body
    .slice(1)
    .trimEnd()
    .split('\r\n')
    .map((l) => l.split(','));
};

describe('progress overview', () => {
  it('counts doses per day, province, site, vaccine and dose number', async () => {
    expect(await csv('nat', `/reports?${RANGE}&format=csv&table=doses-per-day`)).toEqual([
      ['Ngày', 'Số mũi'],
      ['2026-11-20', '0'],
      ['2026-11-21', '0'],
      ['2026-11-22', '1'],
      ['2026-11-23', '2'],
      ['2026-11-24', '2'],
      ['2026-11-25', '0'],
    ]);
    expect(await csv('nat', `/reports?${RANGE}&format=csv&table=by-province`)).toEqual([
      ['Tỉnh/thành', 'Số mũi'],
      ['79 — Hồ Chí Minh', '4'],
      ['01 — Hà Nội', '1'],
    ]);
    const bySite = await csv('nat', `/reports?${RANGE}&format=csv&table=by-site`);
    expect(bySite.slice(1).map((r) => [r[0], r[2]])).toEqual([
      ['S1', '2'],
      ['S2', '2'],
      ['S3', '1'],
    ]);
    const byVaccine = await csv('nat', `/reports?${RANGE}&format=csv&table=by-vaccine`);
    expect(byVaccine.slice(1)).toEqual([
      ['Comirnaty (Pfizer-BioNTech)', '4'],
      ['AstraZeneca (Vaxzevria)', '1'],
    ]);
    expect(await csv('nat', `/reports?${RANGE}&format=csv&table=by-dose`)).toEqual([
      ['Mũi số', 'Số mũi'],
      ['1', '4'],
      ['2', '1'],
    ]);
  });

  it('shows coverage of registrations per site and per province', async () => {
    expect(await csv('nat', `/reports?${RANGE}&format=csv&table=coverage-by-site`)).toEqual([
      ['Mã điểm', 'Điểm tiêm', 'Đăng ký', 'Đã tiêm', 'Tỷ lệ'],
      ['S1', 'Trạm Y tế Phường 1', '2', '1', '50'],
      ['S2', 'Trạm Y tế Phường 2', '1', '0', '0'],
    ]);
    expect(await csv('nat', `/reports?${RANGE}&format=csv&table=coverage-by-province`)).toEqual([
      ['Tỉnh/thành', 'Đăng ký', 'Đã tiêm', 'Tỷ lệ'],
      ['79 — Hồ Chí Minh', '3', '1', '33.3'],
    ]);
  });

  it('measures how late injection records arrived', async () => {
    const rows = await csv('nat', `/reports?${RANGE}&format=csv&table=lateness`);
    expect(rows.slice(1)).toEqual([
      ['< 1 giờ', '2'],
      ['1–6 giờ', '0'],
      ['6–24 giờ', '0'],
      ['1–3 ngày', '2'],
      ['3–7 ngày', '0'],
      ['> 7 ngày', '1'],
    ]);
    const page = await pageOf('nat', `/reports?${RANGE}`);
    // p50 is the third of five delays (25 h), p95 and the longest the 13 days.
    expect(page).toContain('<dt>Trung vị (p50)</dt><dd>25 giờ</dd>');
    expect(page).toContain('<dt>p95</dt><dd>13 ngày</dd>');
  });

  it('draws the page: charts with titles, tables with captions, CSV links, escaped data', async () => {
    const res = await getAs(t, cookies.nat!, `/reports?${RANGE}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const page = squash(res.body);
    expect(page).toContain('<h1>Tiến độ tiêm chủng</h1>');
    expect(page).toContain(
      '<div class="cols" id="c-per-day" role="img" aria-label="Số mũi tiêm theo ngày">',
    );
    expect(page).toContain('<svg viewBox=');
    expect(page).toContain('<caption>Theo điểm tiêm</caption>');
    expect(page).toContain('<th scope="col"');
    expect(page).toContain('table=by-vaccine');
    expect(page).not.toMatch(/style=|<script/);
    expect(page).toBe(page.normalize('NFC'));
  });

  it('needs a known table for CSV', async () => {
    expect((await getAs(t, cookies.nat!, '/reports?format=csv&table=nope')).statusCode).toBe(404);
  });

  it('lets a national operator narrow to one province', async () => {
    const rows = await csv('nat', `/reports?${RANGE}&province=01&format=csv&table=by-site`);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['S3']);
  });
});

describe('scopes', () => {
  it('shows a province operator only the sites of their province', async () => {
    const rows = await csv('hcm', `/reports?${RANGE}&format=csv&table=by-site`);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['S1', 'S2']);
    // A province filter cannot widen it.
    const widened = await csv('hcm', `/reports?${RANGE}&province=01&format=csv&table=by-site`);
    expect(widened.slice(1).map((r) => r[0])).toEqual(['S1', 'S2']);
  });

  it("shows a site operator only their own site's numbers", async () => {
    const bySite = await csv('site2', `/reports?${RANGE}&format=csv&table=by-site`);
    expect(bySite.slice(1).map((r) => r[0])).toEqual(['S2']);
    const perDay = await csv('site2', `/reports?${RANGE}&format=csv&table=doses-per-day`);
    expect(perDay.slice(1).map((r) => Number(r[1]))).toEqual([0, 0, 0, 0, 2, 0]);
    const page = (await getAs(t, cookies.site2!, `/reports?${RANGE}`)).body;
    expect(page).not.toContain('Trạm Y tế Phường 1');
    expect(page).not.toContain('Hoàn Kiếm');
    expect(page).not.toContain('name="province"');
  });

  it("does not let a site operator open another site's record", async () => {
    expect((await getAs(t, cookies.site2!, `/reports/records/${ids.mismatch}`)).statusCode).toBe(
      404,
    );
    const own = await getAs(t, cookies.site1!, `/reports/records/${ids.mismatch}`);
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain('001*******57');
    expect(own.body).not.toContain('001085123457');
  });
});

describe('data quality', () => {
  const counts = async (who: string) =>
    Object.fromEntries(
      (await csv(who, `/reports/quality?${RANGE}&format=csv`)).slice(1).map((r) => [r[1], r[2]]),
    );

  it('counts each flag and the duplicate doses of one citizen', async () => {
    expect(await counts('nat')).toEqual({
      'id-birthyear-mismatch': '1',
      'id-century-mismatch': '0',
      'id-sex-mismatch': '0',
      'missing-id': '1',
      'minor-without-guardian': '1',
      'unknown-lot': '0',
      'duplicate-dose': '2',
      // S2's dose of A: S2 neither registered A nor scanned A's card.
      'history-withheld': '1',
    });
    // S2 sees its half of the duplicate, none of S1's check-in flags.
    expect(await counts('site2')).toMatchObject({ 'missing-id': '0', 'duplicate-dose': '1' });
  });

  it('lists the records behind a flag, masked, with a link to each', async () => {
    const page = await getAs(t, cookies.nat!, `/reports/quality/duplicate-dose?${RANGE}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`/reports/records/${ids.injA1}`);
    expect(page.body).toContain('001*******56');
    expect(page.body).not.toContain(A);
    const rows = await csv('nat', `/reports/quality/duplicate-dose?${RANGE}&format=csv`);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      [ids.injA1, 'S1', '2026-11-23', 'injection'],
      [ids.injA1again, 'S2', '2026-11-24', 'injection'],
    ]);
  });

  it("keeps another site's flagged records out of a site operator's drill-down", async () => {
    const rows = await csv('site2', `/reports/quality/duplicate-dose?${RANGE}&format=csv`);
    expect(rows.slice(1).map((r) => r[0])).toEqual([ids.injA1again]);
    const mismatch = await csv(
      'site2',
      `/reports/quality/id-birthyear-mismatch?${RANGE}&format=csv`,
    );
    expect(mismatch).toHaveLength(1);
    expect((await getAs(t, cookies.site2!, '/reports/quality/<x>')).statusCode).toBe(404);
  });

  it('has the page with its chart, table and CSV link', async () => {
    const res = await getAs(t, cookies.site1!, `/reports/quality?${RANGE}`);
    expect(res.body).toContain('<h1>Chất lượng dữ liệu</h1>');
    expect(res.body).toContain('Trẻ em không có người giám hộ');
    expect(res.body).toContain('aria-current="page"');
  });
});

describe('English', () => {
  it('answers in English with ?lang=en and keeps the language in links', async () => {
    const res = await getAs(t, cookies.nat!, `/reports?${RANGE}&lang=en`);
    expect(res.body).toContain('<html lang="en">');
    expect(res.body).toContain('<h1>Vaccination progress</h1>');
    expect(res.body).toMatch(/href="\/reports\/quality\?lang=en"/);
  });
});

describe('corrections', () => {
  it('counts a dose as corrected, whether the correction came with it or in a later push', async () => {
    const app = await createTestApp();
    try {
      const device = await enrollDevice(app, 'S1');
      const early = injectionRecord('S1', NURSE.id);
      const late = injectionRecord('S1', NURSE.id, { visitKey: `S1:2026-11-23:${C}` });
      const withIt = correctionRecord(early, NURSE.id, { 'data.doseNumber': 2 });
      const first = await push(app, device, [early, withIt, late]);
      expect(first.body.results.every((r) => r.status === 'accepted')).toBe(true);
      const later = correctionRecord(late, NURSE.id, { 'data.vaccine': 'AZ', 'data.lot': 'AZ1' });
      expect((await push(app, device, [later])).body.results[0]!.status).toBe('accepted');
      await addOperator(app, 'site1', { kind: 'site', siteId: 'S1' });
      const cookie = await signInCookie(app, 'site1');
      const table = async (id: string) =>
        (await getAs(app, cookie, `/reports?${RANGE}&format=csv&table=${id}`)).body;
      expect(await table('by-dose')).toContain('2,1');
      expect(await table('by-dose')).toContain('1,1');
      expect(await table('by-vaccine')).toContain('AstraZeneca (Vaxzevria),1');
      expect(await table('by-vaccine')).toContain('Comirnaty (Pfizer-BioNTech),1');
    } finally {
      await app.close();
    }
  });
});

describe('coverage of registrations without an ID number', () => {
  it('counts a child as vaccinated when the check-in that scanned the registration led to an injection', async () => {
    const app = await createTestApp();
    try {
      const device = await enrollDevice(app, 'S1');
      const day = '2026-11-23';
      const child = (id: string): Registration => ({
        ...registration(id, '', day),
        citizen: {
          fullName: 'Phạm Bé Na',
          dob: '2015-05-05',
          sex: 'F',
          guardian: { name: 'Phạm Văn Bố', phone: '0903123456' },
        },
      });
      await app.store.transaction((tx) =>
        registrationsRepo(tx).put('S1', [
          child(REG.c1),
          child(REG.c2),
          child(REG.c3),
          registration(REG.a, A, day),
        ]),
      );
      const checkin = (registrationId: string) =>
        checkinRecord('S1', NURSE.id, {
          visitKey: `S1:${day}:${uuidv7()}`,
          data: {
            method: 'registration-qr',
            registrationId,
            citizen: child(registrationId).citizen,
          },
        });
      // c1 was checked in and injected, c2 checked in only, c3 never came. A, with an ID
      // number, was both scanned from the registration and injected: counted once.
      const c1 = checkin(REG.c1);
      const injected = injectionRecord('S1', NURSE.id, { visitKey: c1.visitKey });
      const adult = checkinRecord('S1', NURSE.id, {
        data: {
          method: 'registration-qr',
          registrationId: REG.a,
          citizen: registration(REG.a, A, day).citizen,
        },
      });
      const records = [c1, checkin(REG.c2), injected, adult, injectionRecord('S1', NURSE.id)];
      const res = await push(app, device, records);
      expect(res.body.results.every((r) => r.status === 'accepted')).toBe(true);
      await addOperator(app, 'site1', { kind: 'site', siteId: 'S1' });
      const cookie = await signInCookie(app, 'site1');
      const rows = await getAs(app, cookie, `/reports?${RANGE}&format=csv&table=coverage-by-site`);
      expect(rows.body).toContain('S1,Trạm Y tế Phường 1,4,2,50');
    } finally {
      await app.close();
    }
  });
});

describe('a range with more records than one list may show', () => {
  it('counts any range, and asks for fewer days or one province only for a longer drill-down list', async () => {
    const small = await createTestApp({ reportMaxRecords: 1 });
    try {
      const device = await enrollDevice(small, 'S1');
      const noId = (day: string) =>
        checkinRecord('S1', NURSE.id, {
          visitKey: `S1:${day}:${uuidv7()}`,
          occurredAt: at(day, '09:00:00'),
          data: {
            method: 'manual',
            citizen: { fullName: 'Lê Thị Cúc', dob: '1970-02-02', sex: 'F' },
          },
        });
      const records = [
        noId('2026-11-23'),
        noId('2026-11-23'),
        noId('2026-11-21'),
        injectionRecord('S1', NURSE.id),
        injectionRecord('S1', NURSE.id, { visitKey: 'S1:2026-11-23:079090000123' }),
      ];
      const res = await push(small, device, records);
      expect(res.body.results.every((r) => r.status === 'accepted')).toBe(true);
      await addOperator(small, 'nat', { kind: 'national' });
      const cookie = await signInCookie(small, 'nat');

      // The database counts: no limit on the progress page or the flag counts.
      const perSite = await getAs(small, cookie, `/reports?${RANGE}&format=csv&table=by-site`);
      expect(perSite.body).toContain('S1,Trạm Y tế Phường 1,2');
      const counts = await getAs(small, cookie, `/reports/quality?${RANGE}&format=csv`);
      expect(counts.body).toContain('missing-id,3');

      const list = await getAs(small, cookie, `/reports/quality/missing-id?${RANGE}`);
      expect(list.statusCode).toBe(422);
      expect(list.body).toContain('role="alert"');
      expect(list.body).toContain('Hãy chọn ít ngày hơn hoặc một tỉnh/thành.');
      // The filter form stays, so the operator can narrow the range from here.
      expect(list.body).toContain('name="from"');
      expect(list.body).toContain('action="/reports/quality/missing-id"');
      const english = await getAs(small, cookie, `/reports/quality/missing-id?${RANGE}&lang=en`);
      expect(english.body).toContain('more than 1) to show');
      const csv = await getAs(small, cookie, `/reports/quality/missing-id?${RANGE}&format=csv`);
      expect([csv.statusCode, csv.headers['content-type']]).toEqual([
        422,
        'text/plain; charset=utf-8',
      ]);

      // One day holds one of them: within the limit, the list is shown.
      const oneDay = await getAs(
        small,
        cookie,
        '/reports/quality/missing-id?from=2026-11-21&to=2026-11-21',
      );
      expect(oneDay.statusCode).toBe(200);
      expect(oneDay.body).toContain(`/reports/records/${records[2]!.id}`);

      // Any other failure still reaches the app's own error answer: the reports' first read of
      // the sites fails.
      const db = small.store.db;
      const selectFrom = db.selectFrom.bind(db);
      const failing = vi.spyOn(db, 'selectFrom').mockImplementation(((from: string) => {
        if (from !== 'sites') return selectFrom(from as never);
        failing.mockRestore();
        throw new Error('database gone');
      }) as typeof db.selectFrom);
      const failed = await getAs(small, cookie, '/reports?from=2026-11-21&to=2026-11-21');
      expect([failed.statusCode, failed.json()]).toEqual([
        500,
        { error: 'internal', message: 'Internal server error; retry the request' },
      ]);
    } finally {
      await small.close();
    }
  });
});
