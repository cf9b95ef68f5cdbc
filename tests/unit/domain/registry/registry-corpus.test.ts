import { describe, expect, it } from 'vitest';
import { describeCitizenId } from '../../../../src/domain/citizen-id';
import { readCsv } from '../../../../src/domain/csv';
import { nameTokens } from '../../../../src/domain/registry/blocking';
import { compareDob } from '../../../../src/domain/registry/compare-dob';
import { compareId, idKind } from '../../../../src/domain/registry/compare-id';
import { compareName } from '../../../../src/domain/registry/compare-name';
import type { RegistryPerson } from '../../../../src/domain/registry/types';
import { registryCorpus } from '../../../support/registry-corpus';
import { registryCsv } from '../../../support/registry-csv';

const corpus = registryCorpus({ seed: 9, registrySize: 20_000, platformSize: 6_000 });
const byId = new Map(corpus.registry.map((r) => [r.idNumber, r]));
const count = <T>(items: T[], keyOf: (t: T) => string): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const t of items) counts.set(keyOf(t), (counts.get(keyOf(t)) ?? 0) + 1);
  return counts;
};

describe('the registry corpus', () => {
  it('is the same for the same seed, another for another', () => {
    const again = registryCorpus({ seed: 9, registrySize: 2_000, platformSize: 500 });
    expect(registryCorpus({ seed: 9, registrySize: 2_000, platformSize: 500 })).toEqual(again);
    expect(
      registryCorpus({ seed: 10, registrySize: 2_000, platformSize: 500 }).registry[0],
    ).not.toEqual(again.registry[0]);
  });

  it('gives each registry person a unique 12-digit ID agreeing with sex, birth year and province', () => {
    expect(byId.size).toBe(20_000);
    const inconsistent = corpus.registry.filter((r) => {
      const facts = describeCitizenId(r.idNumber);
      return (
        facts === null ||
        facts.sex !== r.sex ||
        String(facts.birthYear) !== r.dob.slice(0, 4) ||
        facts.provinceCode.slice(1) !== r.provinceCode ||
        !/^\d{5}$/.test(r.communeCode ?? '') ||
        r.fullName !== r.fullName.normalize('NFC')
      );
    });
    expect(inconsistent).toEqual([]);
    const partial = corpus.registry.filter((r) => r.dob.length < 10).length;
    expect(partial / 20_000).toBeGreaterThan(0.02);
  });

  it('holds twins and namesakes born the same day in another province', () => {
    const sameDay = [
      ...count(corpus.registry, (r) => `${r.dob}|${nameTokens(r.fullName)[0]}|${r.communeCode}`),
    ];
    expect(sameDay.filter(([, n]) => n > 1).length).toBeGreaterThan(20);
    const provinces = new Map<string, Set<string | undefined>>();
    for (const r of corpus.registry) {
      const key = `${r.fullName}|${r.dob}`;
      provinces.set(key, (provinces.get(key) ?? new Set()).add(r.provinceCode));
    }
    expect([...provinces.values()].filter((p) => p.size > 1).length).toBeGreaterThan(100);
  });

  it("records ~8% of platform persons the registry lacks, and the rest with the issue's slips", () => {
    expect(corpus.platform).toHaveLength(6_000);
    expect(new Set(corpus.platform.map((p) => p.personKey)).size).toBe(6_000);
    const outsiders = corpus.platform.filter((p) => corpus.truth.get(p.personKey) === null);
    expect(outsiders.length / 6_000).toBeGreaterThan(0.06);
    expect(outsiders.length / 6_000).toBeLessThan(0.1);
    const pairs = corpus.platform.flatMap((p) => {
      const id = corpus.truth.get(p.personKey);
      return id === null || id === undefined ? [] : [[p, byId.get(id) as RegistryPerson] as const];
    });
    const kinds = count(
      pairs.flatMap(([p, r]) => [
        `id:${idKind(p.idNumber, compareId(p.idNumber, r.idNumber)) ?? 'right'}`,
        `name:${compareName(p.fullName, r.fullName)}`,
        `dob:${compareDob(p.dob, r.dob)}`,
        p.fullName === p.fullName.toUpperCase() ? 'upper' : 'mixed',
        /\s{2}|^\s|\s$/.test(p.fullName) ? 'spaces' : 'single',
        p.sex === r.sex ? 'sex' : 'sex-wrong',
      ]),
      (k) => k,
    );
    for (const kind of [
      'id:one-digit',
      'id:transposed',
      'id:old-id',
      'id:missing',
      'name:diacritics',
      'name:order',
      'name:spelling',
      'dob:swapped',
      'dob:partial',
      'dob:different',
      'upper',
      'spaces',
      'sex-wrong',
    ])
      expect(kinds.get(kind) ?? 0, kind).toBeGreaterThan(10);
    // Several records per person.
    expect(corpus.platform.some((p) => p.recordIds.length > 1)).toBe(true);
  });
});

describe('the extract CSV', () => {
  const persons = corpus.registry.slice(0, 50);
  it("writes the issue's columns, in any order, with M/F or Nam/Nữ", () => {
    const columns = [
      'phone',
      'dob',
      'id_number',
      'sex',
      'full_name',
      'commune_code',
      'province_code',
    ] as const;
    const rows = readCsv(registryCsv(persons, { columns, sexStyle: 'vietnamese', bom: true }));
    expect(rows[0]!.fields).toEqual([...columns]);
    rows.slice(1).forEach((row, i) => {
      const p = persons[i]!;
      expect(row.fields).toEqual([
        p.phone ?? '',
        p.dob,
        p.idNumber,
        p.sex === 'M' ? 'Nam' : 'Nữ',
        p.fullName,
        p.communeCode,
        p.provinceCode,
      ]);
    });
  });

  it('quotes what needs quoting', () => {
    const odd = { ...persons[0]!, fullName: 'Lê "Bé", Văn' };
    const text = registryCsv([odd], { eol: '\n' });
    expect(text.startsWith('id_number,full_name,dob,sex,province_code,commune_code,phone\n')).toBe(
      true,
    );
    expect(readCsv(text)[1]!.fields[1]).toBe('Lê "Bé", Văn');
  });
});
