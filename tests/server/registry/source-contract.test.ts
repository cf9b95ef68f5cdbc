// The RegistrySource contract, held the same way by both adapters: the imported extract (on
// SQLite or PostgreSQL) and the look-up API (against the fake registry). Same corpus, same
// questions, same answers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlatformPerson, RegistryPerson } from '../../../src/domain/registry/types';
import {
  CANDIDATE_CAP,
  extractSource,
  httpSource,
  registryRepo,
  type RegistrySource,
} from '../../../sync-server/src/registry';
import type { Store } from '../../../sync-server/src/store/store';
import { startFakeRegistry, type FakeRegistry } from '../../support/fake-registry';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

const AN: RegistryPerson = {
  idNumber: '079080001234',
  fullName: 'Nguyễn Văn An',
  dob: '1980-06-15',
  sex: 'M',
  provinceCode: '79',
  communeCode: '26734',
  phone: '0903123456',
};
const BINH: RegistryPerson = {
  idNumber: '001190004321',
  fullName: 'Trần Thị Bình',
  dob: '1990-03-04',
};
// Only a birth year, as for many elderly people.
const CUONG: RegistryPerson = { idNumber: '031045000777', fullName: 'Lê Văn Cường', dob: '1945' };
// Namesakes: same name and year, each a different day (so the full date still tells them apart).
const LANS: RegistryPerson[] = Array.from({ length: CANDIDATE_CAP + 10 }, (_, i) => ({
  idNumber: `0011850${String(i).padStart(5, '0')}`,
  fullName: 'Phạm Thị Lan',
  dob: `1985-01-${String((i % 28) + 1).padStart(2, '0')}`,
  sex: 'F' as const,
}));
// Enough others that look-ups and candidate calls span several batches.
const CROWD: RegistryPerson[] = Array.from({ length: 1200 }, (_, i) => ({
  idNumber: `0480${String(i).padStart(8, '0')}`,
  fullName: `Hoàng Văn Người${String.fromCharCode(97 + (i % 26))}`,
  dob: `${1950 + (i % 50)}-0${1 + (i % 9)}-1${i % 10}`,
}));
const CORPUS = [AN, BINH, CUONG, ...LANS, ...CROWD];

const platform = (p: Partial<PlatformPerson> & Pick<PlatformPerson, 'fullName' | 'dob'>) => ({
  personKey: `k-${p.fullName}-${p.dob}`,
  recordIds: ['r1'],
  ...p,
});

let dir: string;
let db: TestDatabase;
let store: Store;
let fake: FakeRegistry;
const sources: Record<string, () => RegistrySource> = {
  extract: () => extractSource(store),
  http: () => httpSource({ url: fake.url, token: 'secret' }),
};

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'vax-registry-'));
  db = await createTestDatabase(dir);
  store = await db.open();
  await store.transaction((tx) => registryRepo(tx).replace(CORPUS, '2026-12-01T00:00:00.000Z'));
  fake = await startFakeRegistry({ persons: CORPUS, token: 'secret' });
});
afterAll(async () => {
  await fake.close();
  await store.close();
  await db.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe.each(Object.keys(sources))('RegistrySource (%s)', (name) => {
  const source = () => sources[name]!();
  const ids = (list: RegistryPerson[]) => list.map((p) => p.idNumber);

  it('gives the persons with these ID numbers, every field as stored, and leaves out unknown ones', async () => {
    const found = await source().byIds([AN.idNumber, '099999999999', CUONG.idNumber, AN.idNumber]);
    expect(found.sort((a, b) => a.idNumber.localeCompare(b.idNumber))).toEqual([CUONG, AN]);
  });

  it('answers for more ID numbers than one call or statement takes', async () => {
    const all = CROWD.map((p) => p.idNumber);
    const found = await source().byIds([...all, '099999999999']);
    expect(new Set(ids(found))).toEqual(new Set(all));
  });

  it('finds each person’s registry twin through the errors sites make, in the order asked', async () => {
    const people = [
      platform({ fullName: 'NGUYEN van an', dob: '1980-06-15' }), // no diacritics, no ID
      platform({ fullName: 'Văn An Nguyễn', dob: '1980-06-15' }), // word order
      platform({ fullName: 'Trần Thị Bính', dob: '1990-04-03' }), // day/month swapped, misspelt
      // A wrong ID is no key: the name and date find the person (byIds finds an ID's holder).
      platform({ fullName: 'Trần Thị Bình', dob: '1990-03-04', idNumber: '001190004329' }),
      platform({ fullName: 'TRAN THI BINH', dob: '1990-03-04', idNumber: '001109004321' }),
      platform({ fullName: 'Lê Văn Cường', dob: '1945-02-10' }), // registry knows the year only
      platform({ fullName: 'Lê Văn Cường', dob: '1944-02-10' }), // nothing in common
    ];
    const lists = await source().candidates(people);
    expect(lists).toHaveLength(people.length);
    const found = lists.map((l) => ids(l));
    for (const i of [0, 1]) expect(found[i]).toContain(AN.idNumber);
    for (const i of [2, 3, 4]) expect(found[i]).toContain(BINH.idNumber);
    expect(found[5]).toEqual([CUONG.idNumber]);
    expect(found[6]).toEqual([]);
    expect(lists[0]!.find((p) => p.idNumber === AN.idNumber)).toEqual(AN);
  });

  it(`caps a common name at ${CANDIDATE_CAP} candidates, those sharing the most keys first`, async () => {
    const [list] = await source().candidates([
      platform({ fullName: 'Pham Thi Lan', dob: '1985-01-03' }),
    ]);
    expect(list).toHaveLength(CANDIDATE_CAP);
    // Same day of birth: LANS 2, 30 and 58 share the date key as well as the name's.
    expect(ids(list!.slice(0, 3)).sort()).toEqual([2, 30, 58].map((i) => LANS[i]!.idNumber));
  });

  it('answers more people than one call takes, each list in its place', async () => {
    const people = CROWD.slice(0, 250).map((p) => platform({ fullName: p.fullName, dob: p.dob }));
    const lists = await source().candidates(people);
    expect(lists.map((l) => l[0]?.idNumber)).toEqual(CROWD.slice(0, 250).map((p) => p.idNumber));
  });
});

it('both adapters give the same candidates, in the same order', async () => {
  const people = [...LANS.slice(0, 5), ...CROWD.slice(0, 40), AN, BINH, CUONG].map((p) =>
    platform({ fullName: p.fullName, dob: p.dob.length === 4 ? `${p.dob}-05-05` : p.dob }),
  );
  expect(await sources.http!().candidates(people)).toEqual(
    await sources.extract!().candidates(people),
  );
});
