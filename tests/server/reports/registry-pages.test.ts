// The work-queue pages over persons pushed through the real API and reconciled with a small
// registry: what each operator may see (national, province, site), a person out of scope is not
// found, every view and export of registry values is audited, the lists' filters and CSV.
// S1 and S2 are in province 79; an operator of province 01 sees nobody.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { newId } from '../../../src/domain/ids';
import type { CheckinRecord, Citizen } from '../../../src/domain/records';
import type { RegistryPerson } from '../../../src/domain/registry/types';
import { extractSource, reconcileAll, registryRepo } from '../../../sync-server/src/registry';
import { personKey } from '../../../sync-server/src/registry/person-key';
import { identityKey } from '../../../src/domain/registry/platform-persons';
import { DAY, injectionRecord } from '../../support/records';
import { push } from '../helpers/api';
import { checkinOf, IN_REGISTRY, RECORDED } from '../helpers/registry';
import { addOperator, getAs, signInCookie } from '../helpers/operators';
import { createTestApp, enrollDevice, NURSE, OTHER_NURSE, type TestApp } from '../helpers/test-app';

const { lan: LAN, namUnaccented: NAM, outsider: OUTSIDER } = RECORDED;
const REGISTRY: RegistryPerson[] = [
  IN_REGISTRY.lan,
  IN_REGISTRY.nam,
  {
    idNumber: '079070000777',
    fullName: 'Võ Thị Hoa',
    dob: '1970-08-12',
    sex: 'F',
    provinceCode: '79',
  },
  {
    idNumber: '079060000888',
    fullName: 'Đỗ Văn Bình',
    dob: '1960-01-02',
    sex: 'M',
    provinceCode: '79',
  },
];
// Lan verified; Nam diacritics only; Hoa's date of birth with day and month swapped; Bình's name
// and date both wrong.
const HOA: Citizen = { id: '079070000777', fullName: 'Võ Thị Hoa', dob: '1970-12-08', sex: 'F' };
const BINH: Citizen = { id: '079060000888', fullName: 'Do Van Binh', dob: '1960-02-01', sex: 'M' };

const keyOf = (c: Citizen) => personKey(identityKey(c));
let t: TestApp;
const cookie: Record<string, string> = {};
const records: Record<string, CheckinRecord> = {};

const auditRows = (action: string) =>
  t.store.db.selectFrom('registry_audit').selectAll().where('action', '=', action).execute();

beforeAll(async () => {
  t = await createTestApp();
  const [s1, s2] = [await enrollDevice(t, 'S1'), await enrollDevice(t, 'S2')];
  await t.store.transaction((tx) => registryRepo(tx).replace(REGISTRY, '2026-12-01T00:00:00.000Z'));
  for (const [name, c] of Object.entries({ LAN, NAM, HOA, OUTSIDER })) records[name] = checkinOf(c);
  records.BINH = checkinOf(BINH, DAY, { site: 'S2', nurse: OTHER_NURSE.id });
  const r1 = await push(t, s1, [records.LAN, records.NAM, records.HOA, records.OUTSIDER]);
  const r2 = await push(t, s2, [records.BINH]);
  expect([...r1.body.results, ...r2.body.results].map((r) => r.status)).toEqual(
    Array(5).fill('accepted'),
  );
  await reconcileAll(t.store, extractSource(t.store));
  for (const [id, scope] of [
    ['nat', { kind: 'national' }],
    ['p79', { kind: 'province', province: '79' }],
    ['p01', { kind: 'province', province: '01' }],
    ['s2', { kind: 'site', siteId: 'S2' }],
  ] as const) {
    await addOperator(t, id, scope);
    cookie[id] = await signInCookie(t, id);
  }
});
afterAll(() => t.close());

/** The person keys a list page links to. */
const linkedKeys = (body: string) =>
  [...body.matchAll(/\/reports\/registry\/person\/([A-Za-z0-9_-]+)/g)].map((m) => m[1]);

describe('the work-queue overview', () => {
  it('counts persons by status per province, district and site, in the operator scope', async () => {
    const res = await getAs(t, cookie.nat!, '/reports/registry?format=csv&table=by-place');
    expect(res.statusCode).toBe(200);
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      '"Tỉnh/thành, quận/huyện, điểm tiêm",Đã khớp,Sai lệch,Chưa rõ người,Không tìm thấy,' +
        'Tổng số người,Tỷ lệ đã khớp (%)',
    );
    // The test sites have no district: the province's one district row is "Chưa rõ quận/huyện".
    expect(lines.slice(1).map((l) => l.split(',').slice(-6))).toEqual([
      ['1', '3', '0', '1', '5', '20'],
      ['1', '3', '0', '1', '5', '20'],
      ['1', '2', '0', '1', '4', '25'],
      ['0', '1', '0', '0', '1', '0'],
    ]);
    const page = await getAs(t, cookie.nat!, '/reports/registry');
    expect(page.body).toContain('Làm sạch dữ liệu');
    expect(page.body).toContain('aria-current="page"');
    expect(page.body).toMatch(/<progress max="100" value="25"/);
  });

  it('shows a site operator their site only, and a province without persons nothing', async () => {
    const s2 = await getAs(t, cookie.s2!, '/reports/registry?format=csv&table=by-place');
    expect(s2.body).not.toContain('(S1)');
    expect(s2.body).toContain('(S2)');
    const p01 = await getAs(t, cookie.p01!, '/reports/registry?format=csv&table=by-place');
    expect(p01.body.trimEnd().split('\r\n')).toHaveLength(1);
  });

  it("gives the verified share per day of the scope's sites, as chart and table", async () => {
    const csv = async (who: string) =>
      (await getAs(t, cookie[who]!, '/reports/registry?format=csv&table=over-time')).body
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
    const [head, today] = await csv('nat');
    expect(head).toBe('Ngày,Số người,Đã khớp,Tỷ lệ đã khớp (%)');
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2},5,1,20$/);
    expect((await csv('s2'))[1]).toMatch(/,1,0,0$/);
    expect((await csv('p01')).length).toBe(1);
    const page = await getAs(t, cookie.nat!, '/reports/registry');
    expect(page.body).toContain('role="img" aria-label="Tỷ lệ đã khớp theo ngày (%)"');
  });
});

describe('the work list', () => {
  it('shows the persons of a status in scope, side by side, and audits each one shown', async () => {
    const before = (await auditRows('view-list')).length;
    const res = await getAs(t, cookie.p79!, '/reports/registry/list?status=mismatch');
    expect(res.statusCode).toBe(200);
    const keys = linkedKeys(res.body);
    expect(keys.sort()).toEqual([NAM, HOA, BINH].map((c) => keyOf(c)).sort());
    expect(res.body).toContain('Trần Văn Nam');
    expect(res.body).toContain('Khác: chỉ khác dấu tiếng Việt');
    expect(res.body).toContain('Khác: đảo ngày và tháng');
    expect(res.body).toContain('Chấp nhận tất cả');
    const audit = (await auditRows('view-list')).slice(before);
    expect(audit.map((a) => a.person_key).sort()).toEqual([...keys].sort());
    expect(audit.every((a) => a.operator_id === 'p79' && a.registry_id !== null)).toBe(true);
    // No ID number nor name in any link.
    expect(res.body).not.toMatch(/href="[^"]*(079085004321|TRAN|Tr%E1)/);
  });

  it('filters by site, field, kind, and "diacritics only"', async () => {
    const keys = async (url: string) => linkedKeys((await getAs(t, cookie.nat!, url)).body).sort();
    expect(await keys('/reports/registry/list?status=mismatch&site=S2')).toEqual([keyOf(BINH)]);
    expect(await keys('/reports/registry/list?field=dob')).toEqual(
      [keyOf(HOA), keyOf(BINH)].sort(),
    );
    expect(await keys('/reports/registry/list?field=full_name&kind=diacritics')).toEqual(
      [keyOf(NAM), keyOf(BINH)].sort(),
    );
    // Binh's date differs too: diacritics only is Nam alone, from a link or from the form.
    expect(await keys('/reports/registry/list?field=full_name&kind=diacritics&only=1')).toEqual([
      keyOf(NAM),
    ]);
    expect(await keys('/reports/registry/list?kind=full_name%3Adiacritics&only=1')).toEqual([
      keyOf(NAM),
    ]);
    expect(await keys('/reports/registry/list?status=not-found')).toEqual([keyOf(OUTSIDER)]);
    // The site operator's filter cannot reach another site.
    expect(linkedKeys((await getAs(t, cookie.s2!, '/reports/registry/list?site=S1')).body)).toEqual(
      [],
    );
  });

  it('exports every row of the filter as CSV, recorded and registry values side by side, audited', async () => {
    const before = (await auditRows('export')).length;
    const res = await getAs(t, cookie.nat!, '/reports/registry/list?status=mismatch&format=csv');
    expect(res.headers['content-type']).toContain('text/csv');
    const [head, ...rows] = res.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(head).toBe(
      'person_key,site_id,status,reason,differences,recorded_id_number,registry_id_number,' +
        'recorded_full_name,registry_full_name,recorded_dob,registry_dob,recorded_sex,registry_sex,' +
        'registry_id,matched_at',
    );
    expect(rows).toHaveLength(3);
    const nam = rows.find((r) => r.startsWith(keyOf(NAM)))!.split(',');
    expect(nam.slice(1, 9)).toEqual([
      'S1',
      'mismatch',
      'id-exact',
      'full_name',
      NAM.id,
      NAM.id,
      'TRAN VAN NAM',
      'Trần Văn Nam',
    ]);
    const audit = (await auditRows('export')).slice(before);
    expect(audit).toHaveLength(3);
  });

  it('counts what a bulk accept of the filter would correct', async () => {
    const res = await getAs(
      t,
      cookie.p79!,
      '/reports/registry/bulk?field=full_name&kind=diacritics&only=1',
    );
    expect(res.body).toContain('Chấp nhận giá trị của CSDL dân cư cho 1 người?');
    expect(res.body).toContain('name="count" value="1"');
    expect(res.body).toContain('chỉ khác dấu tiếng Việt');
    const en = await getAs(
      t,
      cookie.p79!,
      '/reports/registry/bulk?kind=full_name%3Adiacritics&lang=en',
    );
    expect(en.body).toContain('values for 2 persons?');
    const s2 = await getAs(t, cookie.s2!, '/reports/registry/bulk');
    expect(s2.body).toContain('cho 1 người?');
  });
});

describe('one person', () => {
  it('shows recorded and registry values, the explanation, check-ins and the audited view', async () => {
    const key = keyOf(HOA);
    const res = await getAs(t, cookie.nat!, `/reports/registry/person/${key}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('1970-12-08');
    expect(res.body).toContain('1970-08-12');
    expect(res.body).toContain('Khác: đảo ngày và tháng');
    expect(res.body).toContain(`/reports/records/${records.HOA!.id}`);
    expect(res.body).toContain('Chấp nhận giá trị của CSDL dân cư');
    const audit = await t.store.db
      .selectFrom('registry_audit')
      .selectAll()
      .where('person_key', '=', key)
      .where('action', '=', 'view-person')
      .execute();
    expect(audit.map((a) => [a.operator_id, a.registry_id])).toContainEqual(['nat', HOA.id]);
    expect(res.body).toContain('xem người');
  });

  it('is not found out of scope, and nothing is audited then', async () => {
    const key = keyOf(HOA);
    const before = (await auditRows('view-person')).length;
    expect((await getAs(t, cookie.s2!, `/reports/registry/person/${key}`)).statusCode).toBe(404);
    expect((await getAs(t, cookie.p01!, `/reports/registry/person/${key}`)).statusCode).toBe(404);
    expect((await getAs(t, cookie.nat!, '/reports/registry/person/no-such-key')).statusCode).toBe(
      404,
    );
    expect((await auditRows('view-person')).length).toBe(before);
    expect((await getAs(t, cookie.s2!, `/reports/registry/person/${keyOf(BINH)}`)).statusCode).toBe(
      200,
    );
  });

  it('needs a signed-in operator', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/reports/registry/list' });
    expect(res.statusCode).toBe(303);
  });
});

describe('the registry-is-wrong notes', () => {
  it('counts the notes of the scope and exports them, audited', async () => {
    await t.store.db
      .insertInto('registry_notes')
      .values({
        id: newId(),
        person_key: keyOf(BINH),
        registry_id: BINH.id!,
        site_id: 'S2',
        fields: 'full_name;dob',
        note: 'Giấy khai sinh ghi 02/01/1960',
        operator_id: 's2',
        at: '2026-12-07T03:00:00.000Z',
      })
      .execute();
    expect((await getAs(t, cookie.p79!, '/reports/registry/notes')).body).toContain(
      'Có 1 ghi chú.',
    );
    expect((await getAs(t, cookie.p01!, '/reports/registry/notes')).body).toContain(
      'Có 0 ghi chú.',
    );
    const before = (await auditRows('export')).length;
    const csv = await getAs(t, cookie.nat!, '/reports/registry/notes?format=csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('at,site_id,registry_id,fields,note,operator_id,person_key');
    expect(lines[1]).toContain('full_name;dob,Giấy khai sinh ghi 02/01/1960,s2');
    expect((await auditRows('export')).length).toBe(before + 1);
  });
});

/** A form POST as the signed-in operator, as the browser sends it from a page of the site. */
const postAs = (
  who: string,
  url: string,
  form: Record<string, string | string[]>,
  site = 'same-origin',
) => {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(form)) for (const x of [v].flat()) body.append(k, x);
  return t.app.inject({
    method: 'POST',
    url,
    headers: {
      cookie: cookie[who]!,
      'content-type': 'application/x-www-form-urlencoded',
      'sec-fetch-site': site,
    },
    payload: body.toString(),
  });
};

describe('the actions (run last: they change the queue)', () => {
  it('refuses an action out of scope, or from another site', async () => {
    const url = `/reports/registry/person/${keyOf(HOA)}/accept`;
    expect((await postAs('s2', url, {})).statusCode).toBe(404);
    expect((await postAs('nat', url, {}, 'cross-site')).statusCode).toBe(403);
    expect((await auditRows('accept')).length).toBe(0);
  });

  it('notes that the registry is wrong, with the fields ticked', async () => {
    const url = `/reports/registry/person/${keyOf(BINH)}/registry-wrong`;
    expect((await postAs('s2', url, { registryId: BINH.id!, note: 'x' })).statusCode).toBe(400);
    const res = await postAs('s2', url, {
      registryId: BINH.id!,
      fields: ['dob', 'sex'],
      note: 'Sai giới tính',
    });
    expect(res.statusCode).toBe(303);
    const page = await getAs(t, cookie.s2!, String(res.headers.location));
    expect(page.body).toContain('Đã xử lý.');
    const notes = await getAs(t, cookie.s2!, '/reports/registry/notes?format=csv');
    expect(notes.body).toContain('dob;sex,Sai giới tính,s2');
  });

  it('accepts the registry values for one person, who is then verified', async () => {
    const res = await postAs('p79', `/reports/registry/person/${keyOf(HOA)}/accept`, {});
    expect(res.statusCode).toBe(303);
    const next = await getAs(t, cookie.p79!, String(res.headers.location));
    expect(next.body).toContain('Đã sửa 1 người theo CSDL dân cư.');
    const mismatches = await getAs(
      t,
      cookie.p79!,
      '/reports/registry/list?status=mismatch&format=csv',
    );
    expect(mismatches.body).not.toContain('Võ Thị Hoa');
    const verified = await getAs(
      t,
      cookie.p79!,
      '/reports/registry/list?status=verified&format=csv',
    );
    expect(verified.body).toContain('1970-08-12,1970-08-12');
    expect((await auditRows('accept')).map((a) => a.operator_id)).toEqual(['p79']);
  });

  it('bulk-accepts a filter only with the count still as confirmed', async () => {
    const filter = { field: 'full_name', kind: 'diacritics', only: '1' };
    const stale = await postAs('p79', '/reports/registry/bulk', { ...filter, count: '2' });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('nay có 1 người');
    expect(stale.body).toContain('name="count" value="1"');
    const res = await postAs('p79', '/reports/registry/bulk', { ...filter, count: '1' });
    expect(res.statusCode).toBe(303);
    expect(String(res.headers.location)).toContain('only=1');
    const next = await getAs(t, cookie.p79!, String(res.headers.location));
    expect(next.body).toContain('Đã sửa 1 người theo CSDL dân cư.');
    expect(linkedKeys(next.body)).toEqual([]);
    const verified = await getAs(
      t,
      cookie.p79!,
      '/reports/registry/list?status=verified&format=csv',
    );
    expect(verified.body).toContain('Trần Văn Nam,Trần Văn Nam');
  });
  it('rules a registry person out only if the match offered them', async () => {
    const url = `/reports/registry/person/${keyOf(BINH)}/rule-out`;
    expect((await postAs('s2', url, { registryId: LAN.id! })).statusCode).toBe(404);
    expect((await postAs('s2', url, { registryId: 'not an id' })).statusCode).toBe(400);
    const res = await postAs('s2', url, { registryId: BINH.id! });
    expect(res.statusCode).toBe(303);
    const rows = await auditRows('rule-out');
    expect(rows.map((r) => [r.operator_id, r.person_key, r.registry_id])).toEqual([
      ['s2', keyOf(BINH), BINH.id],
    ]);
    const csv = await getAs(t, cookie.s2!, '/reports/registry/list?format=csv');
    const binh = csv.body
      .split('\r\n')
      .find((l) => l.startsWith(keyOf(BINH)))!
      .split(',');
    // The registry_id column: no longer the person ruled out.
    expect(binh[13]).not.toBe(BINH.id);
    expect(binh[2]).not.toBe('mismatch');
  });
});

describe('a long list', () => {
  it('is shown 100 persons a page, and the CSV holds every one', async () => {
    // At S1: the outsider and 102 more nobody in the registry knows.
    const many = Array.from({ length: 102 }, (_, i) => ({
      id: `0790880${String(i).padStart(5, '0')}`,
      fullName: `Người Thứ ${i}`,
      dob: '1988-01-01',
      sex: 'M' as const,
    }));
    const device = await enrollDevice(t, 'S1');
    const res = await push(
      t,
      device,
      many.map((c) => checkinOf(c)),
    );
    expect(res.body.results.every((r) => r.status === 'accepted')).toBe(true);
    await reconcileAll(t.store, extractSource(t.store));
    const first = await getAs(t, cookie.nat!, '/reports/registry/list?site=S1&status=not-found');
    expect(linkedKeys(first.body)).toHaveLength(100);
    expect(first.body).toContain('Người 1–100 trên tổng số 103.');
    expect(first.body).toMatch(
      /rel="next"\s+href="\/reports\/registry\/list\?site=S1&amp;status=not-found&amp;page=2"/,
    );
    const second = await getAs(
      t,
      cookie.nat!,
      '/reports/registry/list?site=S1&status=not-found&page=2',
    );
    expect(second.body).toContain('Người 101–103 trên tổng số 103.');
    const keys = [...linkedKeys(first.body), ...linkedKeys(second.body)];
    expect(new Set(keys).size).toBe(103);
    const csv = await getAs(
      t,
      cookie.nat!,
      '/reports/registry/list?site=S1&status=not-found&format=csv',
    );
    expect(csv.body.trimEnd().split('\r\n')).toHaveLength(104);
  });
});

describe('duplicates (run after the actions: they add a citizen recorded twice)', () => {
  // Recorded at S1 with her ID and at S2 without one (a child, under her guardian's phone).
  const ANH = IN_REGISTRY.anh;
  const { anh: WITH_ID, anhWithoutId: WITHOUT_ID } = RECORDED;
  const doses: string[] = [];
  const URL = '/reports/registry/duplicates';
  const MERGE = `${URL}/${ANH.idNumber}/merge`;

  beforeAll(async () => {
    await t.store.transaction((tx) =>
      registryRepo(tx).replace([...REGISTRY, ANH], '2026-12-02T00:00:00.000Z'),
    );
    for (const [site, nurse, citizen] of [
      ['S1', NURSE.id, WITH_ID],
      ['S2', OTHER_NURSE.id, WITHOUT_ID],
    ] as const) {
      const c = checkinOf(citizen, DAY, { site, nurse });
      const dose = injectionRecord(site, nurse, { visitKey: c.visitKey });
      doses.push(dose.id);
      const res = await push(t, await enrollDevice(t, site), [c, dose]);
      expect(res.body.results.map((r) => r.status)).toEqual(['accepted', 'accepted']);
    }
    await reconcileAll(t.store, extractSource(t.store));
  });

  const citizenDoses = () =>
    t.store.db
      .selectFrom('citizen_doses')
      .select('record_id')
      .where('citizen_id', '=', ANH.idNumber)
      .execute();

  it('lists a group only when its persons are all in scope, each person audited', async () => {
    const before = (await auditRows('view-list')).length;
    const res = await getAs(t, cookie.p79!, URL);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('1 nhóm.');
    expect(res.body).toContain('Người trong CSDL dân cư: Lê Minh Anh');
    expect(new Set(linkedKeys(res.body))).toEqual(new Set([keyOf(WITH_ID), keyOf(WITHOUT_ID)]));
    const audited = (await auditRows('view-list')).slice(before);
    expect(audited.map((a) => a.person_key).sort()).toEqual(
      [keyOf(WITH_ID), keyOf(WITHOUT_ID)].sort(),
    );
    expect(audited.every((a) => a.registry_id === ANH.idNumber)).toBe(true);
    // S2's operator sees one of the two persons: no group. Province 01: nothing.
    for (const who of ['s2', 'p01']) {
      const other = await getAs(t, cookie[who]!, URL);
      expect(other.body).toContain('Không có người nào bị ghi trùng.');
      expect(linkedKeys(other.body)).toEqual([]);
    }
    const en = await getAs(t, cookie.p79!, `${URL}?lang=en`);
    expect(en.body).toContain('1 group.');
    expect(en.body).toContain('aria-label="Merge the records of Lê Minh Anh"');
    const overview = await getAs(t, cookie.p79!, '/reports/registry');
    expect(overview.body).toMatch(/href="\/reports\/registry\/duplicates"\s*>Trùng người \(1\)/);
  });

  it('reads all groups and their persons in two queries, not two per person', async () => {
    const spy = vi.spyOn(t.store.db.getExecutor(), 'executeQuery');
    try {
      expect((await getAs(t, cookie.p79!, URL)).body).toContain('1 nhóm.');
      const reads = spy.mock.calls
        .map(([query]) => query.sql)
        .filter((sql) => /registry_(matches|person_records)/.test(sql));
      // The groups, then every person of them with their check-ins counted.
      expect(reads).toHaveLength(2);
    } finally {
      spy.mockRestore();
    }
  });

  it('exports the group as CSV, one row per platform person, audited', async () => {
    const before = (await auditRows('export')).length;
    const res = await getAs(t, cookie.nat!, `${URL}?format=csv`);
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'registry_id,registry_id_number,registry_full_name,registry_dob,registry_sex,person_key,' +
        'site_id,status,recorded_id_number,recorded_full_name,recorded_dob,recorded_sex,checkins',
    );
    expect(lines.slice(1).sort()).toEqual(
      [
        `${ANH.idNumber},${ANH.idNumber},Lê Minh Anh,2010-03-04,F,${keyOf(WITH_ID)},S1,verified,${ANH.idNumber},Lê Minh Anh,2010-03-04,F,1`,
        `${ANH.idNumber},${ANH.idNumber},Lê Minh Anh,2010-03-04,F,${keyOf(WITHOUT_ID)},S2,mismatch,,Le Minh Anh,2010-03-04,F,1`,
      ].sort(),
    );
    expect((await auditRows('export')).length).toBe(before + 2);
  });

  it('merges only the group as confirmed, and only in scope', async () => {
    const confirm = await getAs(t, cookie.p79!, MERGE);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('mọi lượt tiếp đón của 2 người này');
    expect((await getAs(t, cookie.s2!, MERGE)).statusCode).toBe(404);
    const keys = [keyOf(WITH_ID), keyOf(WITHOUT_ID)];
    expect((await postAs('s2', MERGE, { personKeys: keys })).statusCode).toBe(409);
    expect((await postAs('p79', MERGE, { personKeys: keys }, 'cross-site')).statusCode).toBe(403);
    const stale = await postAs('p79', MERGE, { personKeys: [keyOf(WITH_ID)] });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('Nhóm này đã thay đổi từ lúc bạn mở trang.');
    expect((await citizenDoses()).map((d) => d.record_id)).toEqual([doses[0]]);
  });

  it('joins the dose histories: the group is gone, both doses kept', async () => {
    const keys = [keyOf(WITH_ID), keyOf(WITHOUT_ID)];
    const res = await postAs('p79', MERGE, { personKeys: keys });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${URL}/merged?done=1`);
    const done = await getAs(t, cookie.p79!, res.headers.location as string);
    expect(done.body).toContain('Đã sửa 1 lượt tiếp đón theo CSDL dân cư.');
    expect(done.body).toContain('href="/reports/quality/duplicate-dose"');
    expect((await citizenDoses()).map((d) => d.record_id).sort()).toEqual([...doses].sort());
    expect((await getAs(t, cookie.p79!, URL)).body).toContain('Không có người nào bị ghi trùng.');
    expect((await postAs('p79', MERGE, { personKeys: keys })).statusCode).toBe(409);
  });
});
