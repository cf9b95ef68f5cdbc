// The extract import: RFC 4180 as spreadsheets and registries write it, every refusal with its
// line and column, upserts that refile the blocking keys, and a file that cannot be imported
// stopped before any row is written. SQLite and PostgreSQL.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registryBlockKeys } from '../../../src/domain/registry/blocking';
import { importExtract, registryRepo } from '../../../sync-server/src/registry';
import { ExtractFileError } from '../../../sync-server/src/registry/extract-file-error';
import { IMPORT_BATCH_ROWS, REFUSALS_KEPT } from '../../../sync-server/src/registry/import-extract';
import type { Store } from '../../../sync-server/src/store/store';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

const TODAY = '2026-12-07';
const HEADER = 'id_number,full_name,dob,sex,province_code,commune_code,phone';

let dir: string;
let db: TestDatabase;
let store: Store;
beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'vax-extract-'));
  db = await createTestDatabase(dir);
  store = await db.open();
});
afterEach(async () => {
  await store.close();
  await db.drop();
  rmSync(dir, { recursive: true, force: true });
});

let files = 0;
function extract(content: string | Buffer): string {
  const file = path.join(dir, `extract-${(files += 1)}.csv`);
  writeFileSync(file, content);
  return file;
}
const importFile = (file: string, now?: Date) => importExtract(store, file, { today: TODAY, now });
const stored = (ids: string[]) => registryRepo(store).byIds(ids);

describe('reading the extract', () => {
  it('takes a BOM, CRLF, quoted commas and line breaks, columns in any order and extra ones', async () => {
    const nfd = 'Nguyễn Thị Ánh'.normalize('NFD');
    const file = extract(
      '\uFEFF Phone ,SEX,Full_Name,notes,dob,province_code,ID_NUMBER\r\n' +
        `+84 912 345 678,${'Nữ'.normalize('NFD')},"${nfd}",x,1990-02-03,01,001190004321\r\n` +
        '"",nam,"Lê   Văn\r\nCường","a, b",1945,79,079045000777\r\n' +
        '\r\n' +
        ',,"Trần, Bình",,1950-07,48,048050000001',
    );
    const report = await importFile(file);
    expect(report).toMatchObject({ read: 3, inserted: 3, updated: 0, refusedCount: 0 });
    expect(await stored(['001190004321', '079045000777', '048050000001'])).toEqual(
      expect.arrayContaining([
        {
          idNumber: '001190004321',
          fullName: 'Nguyễn Thị Ánh'.normalize('NFC'),
          dob: '1990-02-03',
          sex: 'F',
          provinceCode: '01',
          phone: '0912345678',
        },
        {
          idNumber: '079045000777',
          fullName: 'Lê Văn Cường',
          dob: '1945',
          sex: 'M',
          provinceCode: '79',
        },
        { idNumber: '048050000001', fullName: 'Trần, Bình', dob: '1950-07', provinceCode: '48' },
      ]),
    );
  });

  it('refuses each bad value with its line, column and reason, and imports the rest', async () => {
    const rows: [string, string | undefined, RegExp][] = [
      [',An,1980,M,79,,', 'id_number', /^required$/],
      ['79080001234,An,1980,M,79,,', 'id_number', /got 11 \(a leading 0 lost/],
      ['07908000123A,An,1980,M,79,,', 'id_number', /must be 12 digits, got "07908000123A"/],
      ['079080000001,  ,1980,M,79,,', 'full_name', /^required$/],
      ['079080000002,An 2,1980,M,79,,', 'full_name', /no digits/],
      [`079080000003,${'A'.repeat(101)},1980,M,79,,`, 'full_name', /longer than 100/],
      ['079080000004,An,,M,79,,', 'dob', /^required$/],
      ['079080000005,An,15/06/1980,M,79,,', 'dob', /YYYY-MM-DD, YYYY-MM or YYYY/],
      ['079080000006,An,2023-02-29,M,79,,', 'dob', /no such day/],
      ['079080000007,An,1980-13,M,79,,', 'dob', /no such month/],
      ['079080000008,An,1899,M,79,,', 'dob', /before 1900/],
      ['079080000009,An,2026-12-08,M,79,,', 'dob', /in the future/],
      ['079080000010,An,2027,M,79,,', 'dob', /in the future/],
      ['079080000011,An,1980,X,79,,', 'sex', /M, F, Nam or Nữ/],
      ['079080000012,An,1980,M,7,,', 'province_code', /2 digits/],
      ['079080000013,An,1980,M,,,', 'province_code', /^required$/],
      ['079080000014,An,1980,M,79,123,', 'commune_code', /5 digits/],
      ['079080000015,An,1980,M,79,,12345', 'phone', /not a Vietnamese mobile/],
      ['079080000016,An,1980,M', undefined, /4 fields, the header 7/],
      ['079080000017,An,1980,M,79,,,extra', undefined, /8 fields, the header 7/],
      ['079080000018,An,1980,M,79,,', undefined, /./], // imported
      ['079080000018,Ân,1981,F,79,,', 'id_number', /repeats line 22; the first is kept/],
    ];
    const good = '079080000019,"Hai\r\ndòng",2026-12,F,79,26734,0903123456';
    const file = extract([HEADER, ...rows.map((r) => r[0]), good].join('\r\n'));
    const report = await importFile(file);
    const refusals = rows.filter((r) => r[0] !== '079080000018,An,1980,M,79,,');
    expect(report.refusedCount).toBe(refusals.length);
    expect(report).toMatchObject({ read: rows.length + 1, inserted: 2, updated: 0, touched: 2 });
    report.refused.forEach((r, i) => {
      const [row, column, reason] = refusals[i]!;
      expect({ line: r.line, column: r.column }, row).toEqual({
        line: rows.findIndex((x) => x === refusals[i]) + 2,
        column,
      });
      expect(r.reason, row).toMatch(reason);
    });
    expect((await stored(['079080000019']))[0]?.fullName).toBe('Hai dòng');
  });

  it('refuses text that is not UTF-8', async () => {
    const file = extract(
      Buffer.concat([
        Buffer.from(`${HEADER}\n079080000001,`),
        Buffer.from([0xff, 0x41]),
        Buffer.from(',1980,M,79,,\n'),
      ]),
    );
    const report = await importFile(file);
    expect(report.refused).toEqual([
      { line: 2, column: 'full_name', reason: 'not valid UTF-8 text' },
    ]);
  });

  it('stops at a broken quote, on the right line after quoted CRLFs, keeping the rows before it', async () => {
    const file = extract(
      [
        HEADER,
        '079080000001,"Một\r\nhai\r\nba",1980,M,79,,',
        '079080000002,"Bốn"x,1980,M,79,,',
        '079080000003,Năm,1980,M,79,,',
      ].join('\r\n'),
    );
    const report = await importFile(file);
    expect(report.inserted).toBe(1);
    expect(report.refused).toEqual([
      {
        line: 5,
        reason:
          'a closing quote is followed by text, not a comma or a line end; the file was not read past this line',
      },
    ]);
  });

  it('says where a quote opens that never closes', async () => {
    const file = extract(`${HEADER}\n079080000001,An,1980,M,79,,\n079080000002,"An,1980,M,79,,\n`);
    const report = await importFile(file);
    expect(report.inserted).toBe(1);
    expect(report.refused).toEqual([
      {
        line: 3,
        reason: 'a quoted field is never closed; the file was not read past this line',
      },
    ]);
  });

  it('writes each batch while the file is still being read', async () => {
    const rows = Array.from(
      { length: IMPORT_BATCH_ROWS * 10 },
      (_, i) => `0790800${String(i).padStart(5, '0')},Nguyễn Văn An,1980-06-15,M,79,26734,`,
    );
    const file = extract([HEADER, ...rows].join('\n'));
    const seen: { bytesRead: number; size: number }[] = [];
    await importExtract(store, file, {
      today: TODAY,
      onProgress: (bytesRead, size) => seen.push({ bytesRead, size }),
    });
    // Told after each batch's commit, and at the end: the first came when not even half the file
    // had been read.
    expect(seen).toHaveLength(11);
    expect(seen[0]!.bytesRead).toBeLessThan(seen[0]!.size / 2);
    expect(seen.at(-1)!.bytesRead).toBe(seen[0]!.size);
  });

  it('stops at a row too long to be one, without holding the rest of the file', async () => {
    const rest = Array.from({ length: 5000 }, () => '079080000003,Năm,1980,M,79,,').join('\n');
    const file = extract(
      `${HEADER}\n079080000001,An,1980,M,79,,\n079080000002,"An,1980,M,79,,\n${rest}`,
    );
    const report = await importFile(file);
    expect(report.inserted).toBe(1);
    expect(report.refused).toEqual([
      {
        line: 3,
        reason:
          'a row longer than 64 KB (a quote never closed?); the file was not read past this line',
      },
    ]);
  });

  it('counts every refusal but keeps only the first ones, and tells its progress all along', async () => {
    const count = Math.max(REFUSALS_KEPT + 5, IMPORT_BATCH_ROWS * 2);
    const bad = Array.from({ length: count }, () => 'x,An,1980,M,79,,');
    let told = 0;
    const report = await importExtract(store, extract([HEADER, ...bad].join('\n')), {
      today: TODAY,
      onProgress: () => (told += 1),
    });
    expect(report.refusedCount).toBe(count);
    expect(report.refused).toHaveLength(REFUSALS_KEPT);
    expect(told).toBe(Math.floor(count / IMPORT_BATCH_ROWS) + 1);
  });
});

describe('a file that cannot be imported', () => {
  it('is refused before any row when a required column is missing', async () => {
    const file = extract('id_number,full_name,dob,phone\n079080000001,An,1980,\n');
    await expect(importFile(file)).rejects.toThrow(
      new ExtractFileError(
        'the header lacks required columns sex, province_code (it has: id_number, full_name, dob, phone); nothing imported',
      ),
    );
    expect(await stored(['079080000001'])).toEqual([]);
  });

  it('is refused when a column is named twice, when empty, or when unreadable', async () => {
    await expect(importFile(extract(`${HEADER},DOB\n`))).rejects.toThrow(/names column dob twice/);
    await expect(importFile(extract('\uFEFF'))).rejects.toThrow(/is empty: no header row/);
    await expect(importFile(path.join(dir, 'missing.csv'))).rejects.toThrow(
      /cannot read .*missing\.csv/,
    );
    await expect(importFile(dir)).rejects.toThrow(ExtractFileError);
  });
});

describe('importing again', () => {
  it('upserts by ID number, refiles the changed person’s keys and stamps whom it touched', async () => {
    const first = await importFile(
      extract(
        [
          HEADER,
          '079080000001,Nguyễn Văn An,1980-06-15,M,79,,',
          '079080000002,Bình,1990,F,79,,',
        ].join('\n'),
      ),
      new Date('2026-12-01T00:00:00Z'),
    );
    const second = await importFile(
      extract(
        [HEADER, '079080000001,Trần Văn An,1980-06-15,M,79,,', '079080000003,Cúc,1991,F,79,,'].join(
          '\n',
        ),
      ),
      new Date('2026-12-02T00:00:00Z'),
    );
    expect(first).toMatchObject({ inserted: 2, updated: 0 });
    expect(second).toMatchObject({ read: 2, inserted: 1, updated: 1, touched: 2 });
    const renamed = (await stored(['079080000001']))[0]!;
    expect(renamed.fullName).toBe('Trần Văn An');
    const keys = await store.db
      .selectFrom('registry_blocks')
      .select('key')
      .where('id_number', '=', '079080000001')
      .execute();
    expect(keys.map((k) => k.key).sort()).toEqual(registryBlockKeys(renamed).sort());
    expect(keys.map((k) => k.key)).not.toContain('n:an nguyen van|1980');
    const repo = registryRepo(store);
    expect(await repo.idsImportedAt(second.startedAt)).toEqual(['079080000001', '079080000003']);
    expect(await repo.idsImportedAt(first.startedAt)).toEqual(['079080000002']);
  });

  it('keeps the first of two rows with one ID number, even batches apart', async () => {
    const rows = Array.from(
      { length: IMPORT_BATCH_ROWS + 10 },
      (_, i) => `0790800${String(i).padStart(5, '0')},An,1980,M,79,,`,
    );
    rows.push('079080000000,Changed,1980,M,79,,');
    const report = await importFile(extract([HEADER, ...rows].join('\n')));
    expect(report).toMatchObject({ inserted: IMPORT_BATCH_ROWS + 10, refusedCount: 1 });
    expect(report.refused[0]).toEqual({
      line: IMPORT_BATCH_ROWS + 12,
      column: 'id_number',
      reason: 'repeats an earlier row; the first is kept',
    });
    expect((await stored(['079080000000']))[0]?.fullName).toBe('An');
  });
});
