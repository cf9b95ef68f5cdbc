import { describe, expect, it } from 'vitest';
import type { StaffRole } from '../../../src/domain/protocol';
import type { RecordType } from '../../../src/domain/records';
import { isStaffRole, mayCorrect, mayRecord } from '../../../src/domain/roles';

const TYPES: RecordType[] = ['checkin', 'screening', 'injection', 'observation', 'correction'];
const ROLES: StaffRole[] = ['volunteer', 'nurse', 'doctor', 'admin'];
const allowed = (role: StaffRole) => TYPES.filter((t) => mayRecord(role, t));

describe('mayRecord', () => {
  it('a volunteer checks in and watches the observation board', () => {
    expect(allowed('volunteer')).toEqual(['checkin', 'observation']);
  });

  it('a nurse may do every step', () => {
    expect(allowed('nurse')).toEqual(['checkin', 'screening', 'injection', 'observation']);
  });

  it('a doctor screens but does not inject', () => {
    expect(allowed('doctor')).toEqual(['checkin', 'screening', 'observation']);
  });

  it('an admin neither screens nor injects', () => {
    expect(allowed('admin')).toEqual(['checkin', 'observation']);
  });

  it('nobody records a correction as such: corrections go through mayCorrect', () => {
    for (const role of ROLES) expect(mayRecord(role, 'correction')).toBe(false);
  });
});

describe('mayCorrect', () => {
  it.each(ROLES)('%s may correct exactly what they may record', (role) => {
    for (const type of TYPES) expect(mayCorrect(role, type)).toBe(mayRecord(role, type));
  });

  it('only a nurse corrects an injection; a volunteer cannot correct a screening', () => {
    expect(ROLES.filter((r) => mayCorrect(r, 'injection'))).toEqual(['nurse']);
    expect(mayCorrect('volunteer', 'screening')).toBe(false);
    expect(mayCorrect('doctor', 'screening')).toBe(true);
  });

  it('nobody corrects a correction', () => {
    for (const role of ROLES) expect(mayCorrect(role, 'correction')).toBe(false);
  });
});

describe('isStaffRole', () => {
  it.each(ROLES)('accepts %s', (role) => expect(isStaffRole(role)).toBe(true));

  it.each([
    'Nurse',
    'superuser',
    '',
    'toString',
    'constructor',
    null,
    undefined,
    1,
    ['nurse'],
    { role: 'nurse' },
  ])('refuses %j', (value) => expect(isStaffRole(value)).toBe(false));
});
