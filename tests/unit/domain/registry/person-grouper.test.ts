// Grouping check-ins into platform persons as they are read (a reconcile streams them): the same
// persons whatever the order the records come in, each person's values its latest record's, and
// of records made at one moment, the one read last.
import { describe, expect, it } from 'vitest';
import {
  personGrouper,
  platformPersons,
  type PersonRecord,
} from '../../../../src/domain/registry/platform-persons';

const record = (
  recordId: string,
  occurredAt: string,
  over: Partial<PersonRecord['citizen']> = {},
  provinceCode?: string,
): PersonRecord => ({
  recordId,
  occurredAt,
  citizen: { id: '079190012345', fullName: 'Nguyễn Thị Ánh', dob: '1990-05-03', sex: 'F', ...over },
  ...(provinceCode === undefined ? {} : { provinceCode }),
});
const keyOf = (identity: string) => `k(${identity})`;

describe('personGrouper', () => {
  const records = [
    record('r2', '2026-11-02T08:00:00.000Z', { phone: '0903000002' }, '79'),
    record('r1', '2026-11-01T08:00:00.000Z', { phone: '0903000001' }, '01'),
    // Another spelling of the same identity (accents, case, order), later, with no phone.
    record('r3', '2026-11-03T08:00:00.000Z', { fullName: 'ANH NGUYEN THI' }),
    record('x1', '2026-11-01T09:00:00.000Z', { id: '001080000001', fullName: 'Trần Văn Bình' }),
  ];

  it('gives each person its latest values, the latest phone and province, ids in time order', () => {
    const grouper = personGrouper(keyOf);
    records.forEach((r) => grouper.add(r));
    const [anh, binh] = grouper.persons();
    expect(anh!.person).toEqual({
      personKey: keyOf('079190012345|anh nguyen thi|1990-05-03|'),
      recordIds: ['r1', 'r2', 'r3'],
      idNumber: '079190012345',
      fullName: 'ANH NGUYEN THI',
      dob: '1990-05-03',
      sex: 'F',
      provinceCode: '79',
      phone: '0903000002',
    });
    expect(anh!.latest.recordId).toBe('r3');
    expect(binh!.person.recordIds).toEqual(['x1']);
    expect(platformPersons(records, keyOf)).toEqual(grouper.persons().map((p) => p.person));
  });

  it('finds the same persons in any order of reading', () => {
    const reversed = platformPersons([...records].reverse(), keyOf);
    const sorted = (list: ReturnType<typeof platformPersons>) =>
      [...list].sort((a, b) => a.personKey.localeCompare(b.personKey));
    expect(sorted(reversed)).toEqual(sorted(platformPersons(records, keyOf)));
  });

  it('takes, of records made at one moment, the one read last', () => {
    const at = '2026-11-05T08:00:00.000Z';
    const [p] = platformPersons(
      [
        record('a', at, { fullName: 'Nguyễn Thị Ánh', phone: '0903000001' }, '79'),
        record('b', at, { fullName: 'Nguyen Thi Anh', phone: '0903000002' }, '01'),
      ],
      keyOf,
    );
    expect(p).toMatchObject({
      recordIds: ['a', 'b'],
      fullName: 'Nguyen Thi Anh',
      phone: '0903000002',
      provinceCode: '01',
    });
  });
});
