// What accepting the registry's values changes in one check-in: the correction's `changes`, only
// for the fields that differ (docs/registry.md, "Work-queue"). A name equal but for case or
// spacing is left as written; a registry date known only to the year or month cannot replace a
// full date (it would invent a day), nor can an unknown sex replace a known one.
import { compareName } from './compare-name';
import { dobAgrees } from './compare-dob';
import type { Citizen } from '../records';
import type { RegistryPerson } from './types';

export function registryChanges(
  citizen: Citizen,
  registry: RegistryPerson,
): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  if (citizen.id !== registry.idNumber) changes['data.citizen.id'] = registry.idNumber;
  if (compareName(citizen.fullName, registry.fullName) !== 'exact')
    changes['data.citizen.fullName'] = registry.fullName;
  const fullDate = /^\d{4}-\d{2}-\d{2}$/.test(registry.dob);
  if (fullDate && !dobAgrees(citizen.dob, registry.dob)) changes['data.citizen.dob'] = registry.dob;
  if (registry.sex !== undefined && citizen.sex !== registry.sex)
    changes['data.citizen.sex'] = registry.sex;
  return changes;
}
