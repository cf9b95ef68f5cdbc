// The work-queue by district: the overview counts province → district → site (a district's counts
// are its sites' summed, a province's its districts'), the sites without a district under "Chưa rõ
// quận/huyện" of their province; `district=` filters the list and its CSV; every operator sees
// only the districts of their scope. Province 79: S1 and S3 in district 760, S5 in 769, S2 without
// one; province 01: S4 in district 001.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Citizen } from '../../../src/domain/records';
import { identityKey } from '../../../src/domain/registry/platform-persons';
import { extractSource, reconcileAll, registryRepo } from '../../../sync-server/src/registry';
import { personKey } from '../../../sync-server/src/registry/person-key';
import { sitesRepo } from '../../../sync-server/src/store/repos/sites';
import { staffRepo } from '../../../sync-server/src/store/repos/staff';
import { DAY } from '../../support/records';
import { push } from '../helpers/api';
import { addOperator, getAs, signInCookie } from '../helpers/operators';
import { checkinOf, IN_REGISTRY, RECORDED } from '../helpers/registry';
import { createTestApp, enrollDevice, NURSE, OTHER_NURSE, type TestApp } from '../helpers/test-app';

const KHACH: Citizen = {
  id: '079077000333',
  fullName: 'Đặng Văn Khách',
  dob: '1977-07-07',
  sex: 'M',
};
const HANOI: Citizen = { id: '001099000444', fullName: 'Bùi Thị Thủ', dob: '1999-09-09', sex: 'F' };
// Site → its persons: verified (Lan, Tư, Anh), mismatch (Nam), not found (the others).
const AT: Record<string, Citizen[]> = {
  S1: [RECORDED.lan, RECORDED.namUnaccented],
  S3: [RECORDED.tu, RECORDED.outsider],
  S5: [KHACH],
  S2: [RECORDED.anh],
  S4: [HANOI],
};
const keyOf = (c: Citizen) => personKey(identityKey(c));
const keysOf = (...sites: string[]) => sites.flatMap((s) => AT[s]!.map(keyOf)).sort();

let t: TestApp;
const cookie: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  await t.store.db.updateTable('sites').set({ district: '760' }).where('id', '=', 'S1').execute();
  const now = new Date();
  for (const [id, province, district] of [
    ['S3', '79', '760'],
    ['S5', '79', '769'],
    ['S4', '01', '001'],
  ] as const) {
    await sitesRepo(t.store).create({ id, name: `Trạm ${id}`, province, district }, now);
    await staffRepo(t.store).put(id, [NURSE]);
  }
  const { lan, nam, tu, anh } = IN_REGISTRY;
  await t.store.transaction((tx) =>
    registryRepo(tx).replace([lan, nam, tu, anh], '2026-12-01T00:00:00.000Z'),
  );
  for (const [site, citizens] of Object.entries(AT)) {
    const nurse = site === 'S2' ? OTHER_NURSE.id : NURSE.id;
    const records = citizens.map((c) => checkinOf(c, DAY, { site, nurse }));
    const res = await push(t, await enrollDevice(t, site), records);
    expect(
      res.body.results.map((r) => r.status),
      JSON.stringify(res.body),
    ).toEqual(records.map(() => 'accepted'));
  }
  await reconcileAll(t.store, extractSource(t.store));
  for (const [id, scope] of [
    ['nat', { kind: 'national' }],
    ['p79', { kind: 'province', province: '79' }],
    ['s3', { kind: 'site', siteId: 'S3' }],
  ] as const) {
    await addOperator(t, id, scope);
    cookie[id] = await signInCookie(t, id);
  }
});
afterAll(() => t.close());

/** The overview's places as CSV rows: label, then the four statuses, total and share. */
async function places(who: string, lang = '') {
  const res = await getAs(t, cookie[who]!, `/reports/registry?format=csv&table=by-place${lang}`);
  expect(res.statusCode).toBe(200);
  return res.body
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .slice(1)
    .map((line) => {
      const cells = line.split(',');
      return [cells.slice(0, -6).join(','), ...cells.slice(-6).map(Number)] as const;
    });
}

/** The person keys a list page links to, or its CSV's first column. */
async function listed(who: string, query: string): Promise<string[]> {
  const res = await getAs(t, cookie[who]!, `/reports/registry/list?${query}`);
  expect(res.statusCode).toBe(200);
  if (query.includes('format=csv'))
    return res.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(',')[0]!)
      .sort();
  return [...res.body.matchAll(/\/reports\/registry\/person\/([A-Za-z0-9_-]+)/g)]
    .map((m) => m[1]!)
    .sort();
}

describe('the overview by district', () => {
  it('counts each province, its districts (the unknown last) and their sites', async () => {
    expect(await places('nat')).toEqual([
      ['01 — Hà Nội', 0, 0, 0, 1, 1, 0],
      ['Quận/huyện 001', 0, 0, 0, 1, 1, 0],
      ['Trạm S4 (S4)', 0, 0, 0, 1, 1, 0],
      ['79 — Hồ Chí Minh', 3, 1, 0, 2, 6, 50],
      ['Quận/huyện 760', 2, 1, 0, 1, 4, 50],
      ['Trạm Y tế Phường 1 (S1)', 1, 1, 0, 0, 2, 50],
      ['Trạm S3 (S3)', 1, 0, 0, 1, 2, 50],
      ['Quận/huyện 769', 0, 0, 0, 1, 1, 0],
      ['Trạm S5 (S5)', 0, 0, 0, 1, 1, 0],
      ['Chưa rõ quận/huyện', 1, 0, 0, 0, 1, 100],
      ['Trạm Y tế Phường 2 (S2)', 1, 0, 0, 0, 1, 100],
    ]);
  });

  it("sums a district's sites into it, and a province's districts into it", async () => {
    const rows = await places('nat');
    const level = (label: string) =>
      /^\d\d — /.test(label) ? 0 : /^(Quận\/huyện|Chưa rõ)/.test(label) ? 1 : 2;
    // Each row of a level is the sum of the rows of the next level under it.
    for (const [parent, child] of [
      [0, 1],
      [1, 2],
    ]) {
      rows.forEach((row, i) => {
        if (level(row[0]) !== parent) return;
        const sum = [0, 0, 0, 0, 0];
        for (const below of rows.slice(i + 1)) {
          if (level(below[0]) <= parent) break;
          if (level(below[0]) === child)
            for (let k = 0; k < 5; k++) sum[k]! += Number(below[k + 1]);
        }
        expect(sum, row[0]).toEqual(row.slice(1, 6));
      });
    }
  });

  it('shows a province operator their districts only, and a site operator their site', async () => {
    expect((await places('p79')).map((r) => r[0])).toEqual([
      '79 — Hồ Chí Minh',
      'Quận/huyện 760',
      'Trạm Y tế Phường 1 (S1)',
      'Trạm S3 (S3)',
      'Quận/huyện 769',
      'Trạm S5 (S5)',
      'Chưa rõ quận/huyện',
      'Trạm Y tế Phường 2 (S2)',
    ]);
    expect(await places('s3')).toEqual([
      ['79 — Hồ Chí Minh', 1, 0, 0, 1, 2, 50],
      ['Quận/huyện 760', 1, 0, 0, 1, 2, 50],
      ['Trạm S3 (S3)', 1, 0, 0, 1, 2, 50],
    ]);
    expect((await places('nat', '&lang=en')).map((r) => r[0])).toContain('District unknown');
  });

  it("links each district to its list, with the province a national operator's link keeps", async () => {
    const nat = (await getAs(t, cookie.nat!, '/reports/registry')).body;
    expect(nat).toContain('href="/reports/registry/list?province=79&amp;district=760"');
    expect(nat).toContain('href="/reports/registry/list?province=79&amp;district=none"');
    expect(nat).toContain(
      'href="/reports/registry/list?province=79&amp;district=760&amp;status=mismatch"',
    );
    expect(nat).toMatch(/<progress max="100" value="50" aria-label="[^"]*Quận\/huyện 760"/);
    const p79 = (await getAs(t, cookie.p79!, '/reports/registry')).body;
    expect(p79).toContain('href="/reports/registry/list?district=769"');
    expect(p79).not.toContain('001');
  });
});

describe('the list by district', () => {
  it('shows the persons of the sites of a district, or of the sites without one', async () => {
    expect(await listed('nat', 'province=79&district=760')).toEqual(keysOf('S1', 'S3'));
    expect(await listed('nat', 'district=769')).toEqual(keysOf('S5'));
    expect(await listed('nat', 'province=79&district=none')).toEqual(keysOf('S2'));
    expect(await listed('nat', 'district=760&status=mismatch')).toEqual(
      [RECORDED.namUnaccented].map(keyOf),
    );
    // Not a district code: no district filter (the page shows the filter it applied).
    expect(await listed('p79', 'district=76')).toEqual(keysOf('S1', 'S3', 'S5', 'S2'));
  });

  it('exports the same persons as CSV', async () => {
    expect(await listed('nat', 'district=760&format=csv')).toEqual(keysOf('S1', 'S3'));
    expect(await listed('p79', 'district=none&format=csv')).toEqual(keysOf('S2'));
  });

  it("keeps to the operator's scope", async () => {
    expect(await listed('p79', 'district=001')).toEqual([]);
    expect(await listed('p79', 'district=001&format=csv')).toEqual([]);
    expect(await listed('s3', 'district=760')).toEqual(keysOf('S3'));
    expect(await listed('s3', 'district=769')).toEqual([]);
  });

  it('confirms a bulk accept of a district with its count, the district in words', async () => {
    const confirm = async (query: string) =>
      (await getAs(t, cookie.p79!, `/reports/registry/bulk?${query}`)).body;
    const q760 = await confirm('district=760');
    expect(q760).toContain('Chấp nhận giá trị của CSDL dân cư cho 1 người?');
    expect(q760).toContain('<input type="hidden" name="district" value="760" />');
    expect(q760).toMatch(/<dt>Quận\/huyện<\/dt>\s*<dd class="small">Quận\/huyện 760<\/dd>/);
    const none = await confirm('district=none');
    expect(none).toContain('cho 0 người?');
    expect(none).toMatch(/<dd class="small">Chưa rõ quận\/huyện<\/dd>/);
  });

  it("offers the districts of the operator's scope in the filter form, the chosen one selected", async () => {
    const p79 = (await getAs(t, cookie.p79!, '/reports/registry/list?district=769')).body;
    const select = /<select id="f-district"[\s\S]*?<\/select>/.exec(p79)![0];
    const options = [...select.matchAll(/<option value="([^"]*)"(\s+selected)?/g)];
    expect(options.map((m) => m[1])).toEqual(['', '760', '769', 'none']);
    expect(options.find((m) => m[2])?.[1]).toBe('769');
    expect(select).toContain('<optgroup label="79 — Hồ Chí Minh">');
    const nat = (await getAs(t, cookie.nat!, '/reports/registry/list')).body;
    expect(/<select id="f-district"[\s\S]*?<\/select>/.exec(nat)![0]).toContain(
      '<optgroup label="01 — Hà Nội">',
    );
  });
});
