// One platform person against one registry person: every field's comparison level, and the sum of
// their weights, the pair's Fellegi–Sunter score (log2 of how much likelier the pair is one person
// than two; docs/registry.md). The per-field explanation is written out only for the pair chosen.
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
  ScoredField,
} from './types';
import { levelWeight } from './weights';

export interface PairLevels {
  id_number: IdLevel;
  full_name: NameLevel;
  dob: DobLevel;
  sex: AgreementLevel;
  province_code: AgreementLevel;
  commune_code: AgreementLevel;
  phone: AgreementLevel;
}

export interface ScoredPair {
  registry: RegistryPerson;
  levels: PairLevels;
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

const FIELDS = [
  'id_number',
  'full_name',
  'dob',
  'sex',
  'province_code',
  'commune_code',
  'phone',
] as const satisfies readonly ScoredField[];

export function scorePair({ person, name }: PreparedPerson, registry: RegistryPerson): ScoredPair {
  const levels: PairLevels = {
    id_number: compareId(person.idNumber, registry.idNumber),
    full_name: compareNameForms(name, registry.fullName),
    dob: compareDob(person.dob, registry.dob),
    sex: compareValue(person.sex, registry.sex),
    province_code: compareValue(person.provinceCode, registry.provinceCode),
    commune_code: compareValue(person.communeCode, registry.communeCode),
    phone: comparePhone(person.phone, registry.phone),
  };
  let score = 0;
  for (const field of FIELDS) score += levelWeight(field, levels[field]);
  return { registry, levels, score: Math.round(score * 10) / 10 };
}

/** Each field's level and weight, in the report's order then the place fields. */
export function explain(levels: PairLevels): FieldScore[] {
  return FIELDS.map((field) => ({
    field,
    level: levels[field],
    weight: levelWeight(field, levels[field]),
  }));
}
