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

const before = (a: string, b: string): boolean => a.localeCompare(b) < 0;

interface Group<R extends PersonRecord> {
  /** Each record's id and time, in the order added (sorted by time at the end, stably). */
  records: { recordId: string; occurredAt: string }[];
  latest: R;
  phone?: { at: string; phone: string };
  province?: { at: string; code: string };
}

/**
 * Groups records into platform persons as they come, keeping of each person only its record ids,
 * its latest record and its latest phone and province: a reconcile streams hundreds of thousands
 * of check-ins through it without holding them. The latest is by `occurredAt`; of records made at
 * the same moment, the one added last.
 */
export function personGrouper<R extends PersonRecord>(keyOf: (identity: string) => string) {
  const groups = new Map<string, Group<R>>();
  return {
    add(r: R): void {
      const identity = identityKey(r.citizen);
      const entry = { recordId: r.recordId, occurredAt: r.occurredAt };
      let g = groups.get(identity);
      if (g === undefined) groups.set(identity, (g = { records: [entry], latest: r }));
      else {
        g.records.push(entry);
        if (!before(r.occurredAt, g.latest.occurredAt)) g.latest = r;
      }
      const phone = phoneOf(r.citizen);
      if (phone !== undefined && !(g.phone && before(r.occurredAt, g.phone.at)))
        g.phone = { at: r.occurredAt, phone };
      if (r.provinceCode !== undefined && !(g.province && before(r.occurredAt, g.province.at)))
        g.province = { at: r.occurredAt, code: r.provinceCode };
    },

    /** Every person so far, in the order of their first record, with its latest record. */
    persons(): { person: PlatformPerson; latest: R }[] {
      return [...groups].map(([identity, g]) => ({
        person: toPerson(keyOf(identity), g),
        latest: g.latest,
      }));
    },
  };
}

/** The platform persons of these records; `keyOf` turns an identity into a person key. */
export function platformPersons(
  records: readonly PersonRecord[],
  keyOf: (identity: string) => string,
): PlatformPerson[] {
  const grouper = personGrouper(keyOf);
  for (const r of records) grouper.add(r);
  return grouper.persons().map((p) => p.person);
}

function toPerson(personKey: string, g: Group<PersonRecord>): PlatformPerson {
  const sorted = [...g.records].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  const c = g.latest.citizen;
  return {
    personKey,
    recordIds: sorted.map((r) => r.recordId),
    ...(c.id === undefined ? {} : { idNumber: c.id }),
    fullName: c.fullName,
    dob: c.dob,
    sex: c.sex,
    ...(g.province === undefined ? {} : { provinceCode: g.province.code }),
    ...(g.phone === undefined ? {} : { phone: g.phone.phone }),
  };
}
