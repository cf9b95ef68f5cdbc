import { describe, expect, it } from 'vitest';
import { platformBlockKeys, registryBlockKeys } from '../../../../src/domain/registry/blocking';
import type { PlatformPerson, RegistryPerson } from '../../../../src/domain/registry/types';
import { registryCorpus } from '../../../support/registry-corpus';
import { registryIndex } from '../../../support/registry-index';

const anh: RegistryPerson = {
  idNumber: '079190012345',
  fullName: 'Nguyễn Thị Ánh',
  dob: '1990-05-03',
  sex: 'F',
  provinceCode: '79',
};
const as = (over: Partial<PlatformPerson>): PlatformPerson => ({
  personKey: 'p',
  recordIds: ['r'],
  fullName: anh.fullName,
  dob: anh.dob,
  ...over,
});
const meet = (p: PlatformPerson, r: RegistryPerson = anh): boolean =>
  platformBlockKeys(p).some((k) => registryBlockKeys(r).includes(k));

describe('blocking keys', () => {
  it('bring a person typed with no ID and one slip to the registry person', () => {
    expect(meet(as({ fullName: 'NGUYEN THI ANH' }))).toBe(true);
    expect(meet(as({ fullName: 'Ánh Nguyễn Thị' }))).toBe(true);
    expect(meet(as({ fullName: 'Nguyễn Thị Áng' }))).toBe(true);
    expect(meet(as({ fullName: 'Ngyễn Thị Ánh', dob: '1990-03-05' }))).toBe(true);
    expect(meet(as({ fullName: 'Thị Ánh Ngyễn', dob: '1990-03-05' }))).toBe(true);
    expect(meet(as({ dob: '1990-11-30' }))).toBe(true);
  });

  it('file no one under their ID number: a wrong ID is found by name and date, not by digits', () => {
    const wrongDigit = `${anh.idNumber.slice(0, 11)}${(Number(anh.idNumber[11]) + 1) % 10}`;
    expect(meet(as({ idNumber: wrongDigit }))).toBe(true);
    expect(registryBlockKeys(anh).some((k) => k.includes(anh.idNumber.slice(4, 8)))).toBe(false);
    expect(meet(as({ fullName: 'Trần Văn Bình', dob: '1970-01-01', idNumber: wrongDigit }))).toBe(
      false,
    );
  });

  it('find an elderly person the registry knows by birth year only, family name misspelt', () => {
    const elder = { ...anh, fullName: 'Trương Văn Hùng', dob: '1938' };
    expect(meet(as({ fullName: 'Trươg Văn Hùng', dob: '1938-01-01' }), elder)).toBe(true);
    expect(meet(as({ fullName: 'Hùng Trươgn Văn', dob: '1938-07-01' }), elder)).toBe(true);
    expect(meet(as({ fullName: 'Trần Văn Hùng', dob: '1939-07-01' }), elder)).toBe(false);
  });

  it('keep unrelated persons apart', () => {
    expect(meet(as({ fullName: 'Lê Văn Tám', dob: '1985-09-02' }))).toBe(false);
  });
});

describe('the in-memory index', () => {
  it('returns the union of the persons sharing a key, each once, and the holder of an ID', () => {
    const namesake = { ...anh, idNumber: '001190765432', provinceCode: '01' };
    const twin = { ...anh, idNumber: '079190012399', fullName: 'Nguyễn Thị Ánh Hồng' };
    const other = { ...anh, idNumber: '001070000001', fullName: 'Lê Văn Tám', dob: '1970-02-02' };
    const index = registryIndex([anh, namesake, twin, other]);
    const ids = index.candidates(as({ idNumber: '079190012345' })).map((r) => r.idNumber);
    expect(ids.sort()).toEqual([namesake.idNumber, anh.idNumber, twin.idNumber].sort());
    expect(index.holder(anh.idNumber)).toBe(anh);
    expect(index.holder(undefined)).toBeUndefined();
  });

  it('keeps every block small on the seeded corpus', () => {
    const { registry } = registryCorpus({ seed: 4, registrySize: 20_000, platformSize: 0 });
    expect(registryIndex(registry).largestBlock().size).toBeLessThanOrEqual(12);
  });
});
