// One platform person against one registry person: every field's comparison level and weight,
// and their sum, the pair's Fellegi–Sunter score (log2 of how much likelier the pair is one person
// than two; docs/registry.md).
import { comparePhone, compareValue } from './compare-agreement';
import { compareDob } from './compare-dob';
import { compareId } from './compare-id';
import { compareNameForms, nameForms, type NameForms } from './compare-name';
import type {
  AgreementLevel,
  DobLevel,
  FieldScore,
  IdLevel,
  NameLevel,
  PlatformPerson,
  RegistryPerson,
} from './types';
import { levelWeight } from './weights';

export interface PairLevels {
  id: IdLevel;
  name: NameLevel;
  dob: DobLevel;
  sex: AgreementLevel;
  province: AgreementLevel;
  commune: AgreementLevel;
  phone: AgreementLevel;
}

export interface ScoredPair {
  registry: RegistryPerson;
  levels: PairLevels;
  explanation: FieldScore[];
  score: number;
}

/** A platform person with its name's forms worked out once for all its candidates. */
export interface PreparedPerson {
  person: PlatformPerson;
  name: NameForms;
}

export const preparePerson = (person: PlatformPerson): PreparedPerson => ({
  person,
  name: nameForms(person.fullName),
});

export function scorePair({ person, name }: PreparedPerson, registry: RegistryPerson): ScoredPair {
  const levels: PairLevels = {
    id: compareId(person.idNumber, registry.idNumber),
    name: compareNameForms(name, registry.fullName),
    dob: compareDob(person.dob, registry.dob),
    sex: compareValue(person.sex, registry.sex),
    province: compareValue(person.provinceCode, registry.provinceCode),
    commune: compareValue(person.communeCode, registry.communeCode),
    phone: comparePhone(person.phone, registry.phone),
  };
  const explanation: FieldScore[] = [
    { field: 'id_number', level: levels.id, weight: levelWeight('id_number', levels.id) },
    { field: 'full_name', level: levels.name, weight: levelWeight('full_name', levels.name) },
    { field: 'dob', level: levels.dob, weight: levelWeight('dob', levels.dob) },
    { field: 'sex', level: levels.sex, weight: levelWeight('sex', levels.sex) },
    {
      field: 'province_code',
      level: levels.province,
      weight: levelWeight('province_code', levels.province),
    },
    {
      field: 'commune_code',
      level: levels.commune,
      weight: levelWeight('commune_code', levels.commune),
    },
    { field: 'phone', level: levels.phone, weight: levelWeight('phone', levels.phone) },
  ];
  const score = Math.round(explanation.reduce((sum, f) => sum + f.weight, 0) * 10) / 10;
  return { registry, levels, explanation, score };
}
