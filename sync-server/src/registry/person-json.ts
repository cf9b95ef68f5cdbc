// A registry person read from JSON someone else wrote (the look-up API's answers): every field
// checked, so what matching receives has the shape RegistryPerson promises.
import type { RegistryPerson } from '../../../src/domain/registry/types';

const OPTIONAL_TEXT = ['provinceCode', 'communeCode', 'phone'] as const;

/** The person `value` describes, or undefined when it is not one. */
export function readRegistryPerson(value: unknown): RegistryPerson | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.idNumber !== 'string' || !/^\d{12}$/.test(v.idNumber)) return undefined;
  if (typeof v.fullName !== 'string' || typeof v.dob !== 'string') return undefined;
  if (!/^\d{4}(-\d{2}){0,2}$/.test(v.dob)) return undefined;
  if (v.sex !== undefined && v.sex !== 'M' && v.sex !== 'F') return undefined;
  const person: RegistryPerson = { idNumber: v.idNumber, fullName: v.fullName, dob: v.dob };
  if (v.sex !== undefined) person.sex = v.sex;
  for (const field of OPTIONAL_TEXT) {
    const text = v[field];
    if (text === undefined) continue;
    if (typeof text !== 'string') return undefined;
    person[field] = text;
  }
  return person;
}

/** Every element of `value` as a registry person, or undefined if it is not such a list. */
export function readRegistryPersons(value: unknown): RegistryPerson[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const persons = value.map(readRegistryPerson);
  return persons.every((p) => p !== undefined) ? (persons as RegistryPerson[]) : undefined;
}
