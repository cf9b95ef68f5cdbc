// Who is on the platform: the check-in records, corrections applied, grouped by the identity they
// claim (docs/registry.md). Records that claim the same ID number, the same name (set aside
// accents, case, spacing and word order) and the same date of birth are one person; without an ID,
// the phone (the citizen's or the guardian's) joins them too, since namesakes born the same day
// are common among children. Two records of one real person that claim different identities are
// two platform persons; the registry match then proposes merging them.
import { nameTokens } from './blocking';
import type { Citizen } from '../records';
import type { PlatformPerson } from './types';

export interface PersonRecord {
  recordId: string;
  /** When the record was made (ISO): the latest spelling wins. */
  occurredAt: string;
  citizen: Citizen;
  /** 2-digit code of the province of the record's site, when known. */
  provinceCode?: string;
}

const digits = (phone: string | undefined): string => (phone ?? '').replace(/\D/g, '').slice(-9);
const phoneOf = (c: Citizen): string | undefined => c.phone ?? c.guardian?.phone;

/** The identity a record claims, as one string (the server hashes it into a person key). */
export function identityKey(c: Citizen): string {
  const name = [...nameTokens(c.fullName)].sort().join(' ');
  const id = c.id ?? '';
  return [id, name, c.dob, id === '' ? digits(phoneOf(c)) : ''].join('|');
}

/** The platform persons of these records; `keyOf` turns an identity into a person key. */
export function platformPersons(
  records: readonly PersonRecord[],
  keyOf: (identity: string) => string,
): PlatformPerson[] {
  const groups = new Map<string, PersonRecord[]>();
  for (const r of records) {
    const key = identityKey(r.citizen);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups].map(([identity, list]) => toPerson(keyOf(identity), list));
}

function toPerson(personKey: string, list: readonly PersonRecord[]): PlatformPerson {
  const sorted = [...list].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  const latest = sorted.at(-1)!;
  const c = latest.citizen;
  const phone = sorted.map((r) => phoneOf(r.citizen)).findLast((p) => p !== undefined);
  const provinceCode = sorted.map((r) => r.provinceCode).findLast((p) => p !== undefined);
  return {
    personKey,
    recordIds: sorted.map((r) => r.recordId),
    ...(c.id === undefined ? {} : { idNumber: c.id }),
    fullName: c.fullName,
    dob: c.dob,
    sex: c.sex,
    ...(provinceCode === undefined ? {} : { provinceCode }),
    ...(phone === undefined ? {} : { phone }),
  };
}
