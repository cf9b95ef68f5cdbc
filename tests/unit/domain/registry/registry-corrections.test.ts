import { describe, expect, it } from 'vitest';
import { registryChanges } from '../../../../src/domain/registry/registry-corrections';
import type { Citizen } from '../../../../src/domain/records';
import type { RegistryPerson } from '../../../../src/domain/registry/types';

const REGISTRY: RegistryPerson = {
  idNumber: '079190001234',
  fullName: 'Nguyễn Thị Lan',
  dob: '1990-05-01',
  sex: 'F',
};
const AS_REGISTRY: Citizen = {
  id: '079190001234',
  fullName: 'Nguyễn Thị Lan',
  dob: '1990-05-01',
  sex: 'F',
};

describe('registryChanges', () => {
  it('changes nothing when the check-in says what the registry says, case and spacing aside', () => {
    expect(registryChanges(AS_REGISTRY, REGISTRY)).toEqual({});
    expect(registryChanges({ ...AS_REGISTRY, fullName: 'nguyễn  thị LAN' }, REGISTRY)).toEqual({});
  });

  it('sets each differing field to the registry value', () => {
    const typed: Citizen = {
      id: '079190001243',
      fullName: 'NGUYEN THI LAN',
      dob: '1990-01-05',
      sex: 'M',
    };
    expect(registryChanges(typed, REGISTRY)).toEqual({
      'data.citizen.id': '079190001234',
      'data.citizen.fullName': 'Nguyễn Thị Lan',
      'data.citizen.dob': '1990-05-01',
      'data.citizen.sex': 'F',
    });
  });

  it('attaches the ID number to a child recorded without one', () => {
    const child: Citizen = { fullName: 'Nguyễn Thị Lan', dob: '1990-05-01', sex: 'F' };
    expect(registryChanges(child, REGISTRY)).toEqual({ 'data.citizen.id': '079190001234' });
  });

  it('never invents a day from a registry date known only in part, nor forgets a known sex', () => {
    const partial: RegistryPerson = {
      idNumber: REGISTRY.idNumber,
      fullName: REGISTRY.fullName,
      dob: '1941',
    };
    expect(registryChanges({ ...AS_REGISTRY, dob: '1940-06-15' }, partial)).toEqual({});
  });
});
