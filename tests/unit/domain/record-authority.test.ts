// The one authority rule the tablet (before saving) and the server (at arrival) both apply.
import { describe, expect, it } from 'vitest';
import { authorityErrors } from '../../../src/domain/record-authority';
import type { VaxRecord } from '../../../src/domain/records';
import { typed } from '../../support/records';
import { SITE } from '../../support/records';

const injection = typed(
  'injection',
  { vaccine: 'PF', lot: 'FK5127', doseNumber: 1, doseKind: 'primary', arm: 'left' },
  { n: 10, at: '09:30' },
);
const correction = typed(
  'correction',
  { targetId: injection.id, changes: { 'data.arm': 'right' }, reason: 'Nhập sai tay' },
  { n: 11, at: '09:40' },
);
const codes = (record: VaxRecord, role: string, on?: { siteId: string; record: VaxRecord }) =>
  authorityErrors(record, role, on).map((e) => `${e.field}:${e.code}`);

describe('authorityErrors: may someone of this role store this record now?', () => {
  it('lets each role record what its role allows, and nothing else', () => {
    expect(codes(injection, 'nurse')).toEqual([]);
    expect(codes(injection, 'volunteer')).toEqual(['staffId:role']);
    expect(codes(injection, 'doctor')).toEqual(['staffId:role']);
  });

  it('refuses a role nobody knows, whatever the record', () => {
    expect(codes(injection, 'janitor')).toEqual(['staffId:role']);
    expect(codes(correction, 'janitor')).toEqual(['staffId:role']);
  });

  it('judges a correction only against its target: none yet means held, not refused', () => {
    expect(codes(correction, 'nurse')).toEqual([]);
    expect(codes(correction, 'nurse', { siteId: SITE, record: injection })).toEqual([]);
    expect(codes(correction, 'volunteer', { siteId: SITE, record: injection })).toEqual([
      'staffId:role',
    ]);
    expect(codes(correction, 'nurse', { siteId: 'elsewhere', record: injection })).toEqual([
      'data.targetId:wrong-site',
    ]);
  });
});
