// The import's blocking keys, staged and filed in key order at its end (registry-blocks-repo.ts):
// keys a stopped import left staged are filed by the next one, an unchanged re-import writes no
// key, and a look-up by more values than a statement may bind answers them all. SQLite and
// PostgreSQL.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registryBlockKeys } from '../../src/domain/registry/blocking';
import type { RegistryPerson } from '../../src/domain/registry/types';
import { importExtract, registryRepo } from '../../sync-server/src/registry';
import {
  blockChanges,
  registryBlocksRepo,
} from '../../sync-server/src/registry/registry-blocks-repo';
import type { Store } from '../../sync-server/src/store/store';
import { createTestDatabase, type TestDatabase } from './helpers/test-database';

const HEADER = 'id_number,full_name,dob,sex,province_code,commune_code,phone';
const AN: RegistryPerson = {
  idNumber: '079080000001',
  fullName: 'Nguyễn Văn An',
  dob: '1980-06-15',
};

let dir: string;
let db: TestDatabase;
let store: Store;
beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'vax-staged-'));
  db = await createTestDatabase(dir);
  store = await db.open();
});
afterEach(async () => {
  await store.close();
  await db.drop();
  rmSync(dir, { recursive: true, force: true });
});

const importRows = (rows: string[]) => {
  const file = path.join(dir, `extract-${rows.length}-${Date.now()}.csv`);
  writeFileSync(file, [HEADER, ...rows].join('\n'));
  return importExtract(store, file, { today: '2026-12-07' });
};
const blocks = () =>
  store.db.selectFrom('registry_blocks').selectAll().orderBy('key').orderBy('id_number').execute();
const staged = () => store.db.selectFrom('registry_import_blocks').selectAll().execute();

describe('staged blocking keys', () => {
  it('files the keys a stopped import left staged at the next import', async () => {
    // What a batch writes before the import is stopped: the person, its keys only staged.
    await store.transaction(async (tx) =>
      registryBlocksRepo(tx).stage(
        await registryRepo(tx).write([AN], '2026-12-01T00:00:00.000Z', new Map()),
      ),
    );
    expect(await blocks()).toEqual([]);
    await importRows(['001190000002,Trần Thị Bình,1990,F,01,,']);
    const an = registryBlockKeys(AN).map((key) => ({ key, id_number: AN.idNumber }));
    expect(await blocks()).toEqual(expect.arrayContaining(an));
    expect(await blocks()).toHaveLength(an.length + 2);
    expect(await staged()).toEqual([]);
  });

  it('files staged keys range by range, each key once, however the ranges are cut', async () => {
    const people = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung'].map(
      (fullName, i): RegistryPerson => ({
        idNumber: `07908000000${i}`,
        fullName,
        dob: `198${i}-06-15`,
      }),
    );
    await store.transaction(async (tx) =>
      registryBlocksRepo(tx).stage(
        await registryRepo(tx).write(people, '2026-12-01T00:00:00.000Z', new Map()),
      ),
    );
    const bounds = await registryBlocksRepo(store).stagedBounds(2);
    expect(bounds.length).toBeGreaterThan(2);
    const edges = [undefined, ...bounds, undefined];
    for (let i = 0; i + 1 < edges.length; i++)
      await store.transaction((tx) => registryBlocksRepo(tx).fileStaged(edges[i], edges[i + 1]));
    const expected = people.flatMap((p) =>
      registryBlockKeys(p).map((key) => ({ key, id_number: p.idNumber })),
    );
    expect(await blocks()).toEqual(expect.arrayContaining(expected));
    expect(await blocks()).toHaveLength(expected.length);
    expect(await staged()).toEqual([]);
  });

  it('writes no key again when a re-import leaves a person as it was, and refiles a change', async () => {
    const rows = ['079080000001,Nguyễn Văn An,1980-06-15,M,79,,', '001190000002,Bình,1990,F,01,,'];
    await importRows(rows);
    const before = await blocks();
    expect(blockChanges(AN, AN)).toEqual({ stale: [], added: [] });
    const again = await importRows([...rows.slice(0, 1), '001190000002,Bình,1991,F,01,,']);
    expect(again).toMatchObject({ inserted: 0, updated: 2 });
    const after = await blocks();
    expect(after.filter((b) => b.id_number === AN.idNumber)).toEqual(
      before.filter((b) => b.id_number === AN.idNumber),
    );
    expect(after.filter((b) => b.id_number === '001190000002').map((b) => b.key)).toEqual([
      'g:binh|1991',
      'n:binh|1991',
    ]);
  });

  it('answers a look-up by more ID numbers and keys than one statement may bind', async () => {
    const persons = Array.from({ length: 31_000 }, (_, i) => ({
      idNumber: `0790800${String(i).padStart(5, '0')}`,
      fullName: 'Nguyễn Văn An',
      dob: `${1950 + (i % 50)}-06-15`,
    }));
    await store.transaction((tx) => registryRepo(tx).replace(persons, '2026-12-01T00:00:00.000Z'));
    const ids = [...persons.map((p) => p.idNumber), '001190099999'];
    expect(await registryRepo(store).byIds(ids)).toHaveLength(persons.length);
    const keys = [...new Set(persons.flatMap(registryBlockKeys)), 'n:nobody|1900'];
    const byKey = await registryBlocksRepo(store).idsByKey(keys);
    expect(byKey.size).toBe(keys.length - 1);
    expect(byKey.get('n:an nguyen van|1950')).toHaveLength(620);
  });
});
