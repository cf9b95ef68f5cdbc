import { describe, expect, it } from 'vitest';
import {
  CORRECTABLE,
  applyChanges,
  checkCorrection,
  correctedRecords,
  correctionErrors,
  effectiveRecords,
} from '../../../src/domain/corrections';
import { recordErrors } from '../../../src/domain/validate-record';
import type { CheckinRecord, CorrectionRecord, VaxRecord } from '../../../src/domain/records';
import { typed, uuid } from '../../support/records';
import { samples } from '../../support/records';

const checkin = () => samples.checkin() as CheckinRecord;
const injection = () =>
  typed(
    'injection',
    { vaccine: 'PF', lot: 'FK5127', doseNumber: 1, doseKind: 'primary', arm: 'left' },
    { n: 10, at: '09:30' },
  );
const fix = (
  target: VaxRecord,
  changes: Record<string, unknown>,
  n: number,
  at: string,
): CorrectionRecord =>
  typed('correction', { targetId: target.id, changes, reason: 'Nhập sai' }, { n, at });
const fieldsOf = (errors: { field: string; code: string }[]) =>
  errors.map((e) => `${e.field}:${e.code}`);

describe('applyChanges', () => {
  it('sets values at nested paths without touching the original', () => {
    const original = checkin();
    const before = structuredClone(original);
    const result = applyChanges(original, {
      'data.citizen.fullName': 'Nguyễn Thị Lan Anh',
      'data.citizen.guardian': { name: 'Nguyễn Văn Ba', phone: '0903111222' },
    }) as CheckinRecord;
    expect(result.data.citizen.fullName).toBe('Nguyễn Thị Lan Anh');
    expect(result.data.citizen.guardian).toEqual({ name: 'Nguyễn Văn Ba', phone: '0903111222' });
    expect(result.data.citizen.dob).toBe('1990-05-01');
    expect(result.data.method).toBe('cccd-qr');
    expect(result.id).toBe(original.id);
    expect(original).toEqual(before);
    expect(result.data.citizen).not.toBe(original.data.citizen);
  });

  it('removes a field set to undefined and creates missing parents', () => {
    const noPhone = applyChanges(checkin(), { 'data.citizen.phone': undefined }) as CheckinRecord;
    expect('phone' in noPhone.data.citizen).toBe(false);
    const created = applyChanges(checkin(), { 'data.extra.note': 'x' }) as unknown as {
      data: { extra: { note: string } };
    };
    expect(created.data.extra).toEqual({ note: 'x' });
  });

  it('applies several changes in order', () => {
    const result = applyChanges(injection(), { 'data.lot': 'A', 'data.arm': 'right' });
    expect(result.data).toMatchObject({ lot: 'A', arm: 'right', vaccine: 'PF' });
  });
});

describe('checkCorrection', () => {
  it('accepts a correction of a correctable field that leaves the record valid', () => {
    expect(checkCorrection(checkin(), { 'data.citizen.dob': '1990-05-02' })).toEqual([]);
    expect(checkCorrection(injection(), { 'data.lot': 'FK5128', 'data.arm': 'right' })).toEqual([]);
    // A data-quality flag (ID and DOB disagree) is not a reason to refuse the correction.
    expect(checkCorrection(checkin(), { 'data.citizen.dob': '1991-05-01' })).toEqual([]);
  });

  it('refuses paths that may not be corrected, naming each', () => {
    const errors = checkCorrection(checkin(), {
      visitKey: 'demo-site:2026-11-24:079190123456',
      occurredAt: '2026-11-24T09:00:00+07:00',
      'data.method': 'manual',
      'data.citizen.fullName': 'Lan',
    });
    expect(fieldsOf(errors)).toEqual([
      'data.changes.visitKey:not-correctable',
      'data.changes.occurredAt:not-correctable',
      'data.changes.data.method:not-correctable',
    ]);
    expect(fieldsOf(checkCorrection(injection(), { 'data.vial': null }))).toEqual([
      'data.changes.data.vial:not-correctable',
    ]);
    expect(fieldsOf(checkCorrection(injection(), { id: uuid(99) }))).toEqual([
      'data.changes.id:not-correctable',
    ]);
    expect(fieldsOf(checkCorrection(injection(), { 'data.citizen.dob': '1990-01-01' }))).toEqual([
      'data.changes.data.citizen.dob:not-correctable',
    ]);
  });

  it('refuses a correction of a correction', () => {
    const c = fix(checkin(), { 'data.citizen.fullName': 'Lan' }, 20, '10:00');
    expect(CORRECTABLE.correction).toEqual([]);
    expect(fieldsOf(checkCorrection(c, { 'data.reason': 'x' }))).toEqual([
      'data.changes.data.reason:not-correctable',
    ]);
  });

  it('refuses an empty correction', () => {
    expect(fieldsOf(checkCorrection(checkin(), {}))).toEqual(['data.changes:required']);
  });

  it('refuses a correction whose result would be invalid', () => {
    expect(fieldsOf(checkCorrection(checkin(), { 'data.citizen.dob': '1990-02-30' }))).toEqual([
      'data.changes.data.citizen.dob:not-a-date',
    ]);
    expect(fieldsOf(checkCorrection(checkin(), { 'data.citizen.dob': '2027-01-01' }))).toEqual([
      'data.changes.data.citizen.dob:range',
    ]);
    expect(fieldsOf(checkCorrection(checkin(), { 'data.citizen.sex': 'X' }))).toEqual([
      'data.changes.data.citizen.sex:enum',
    ]);
    expect(fieldsOf(checkCorrection(checkin(), { 'data.citizen.fullName': undefined }))).toEqual([
      'data.changes.data.citizen.fullName:required',
    ]);
    expect(fieldsOf(checkCorrection(injection(), { 'data.doseNumber': 0 }))).toEqual([
      'data.changes.data.doseNumber:range',
    ]);
    const observation = samples.observation() as VaxRecord;
    expect(fieldsOf(checkCorrection(observation, { 'data.referred': 'yes' }))).toEqual([
      'data.changes.data.referred:type',
    ]);
  });
});

describe('correctedRecords', () => {
  it('applies a record’s corrections oldest first, whatever order they arrive in', () => {
    const target = injection();
    const first = fix(target, { 'data.lot': 'LOT-B' }, 21, '10:00');
    const second = fix(target, { 'data.lot': 'LOT-C', 'data.arm': 'right' }, 22, '10:05');
    const third = fix(target, { 'data.arm': 'left' }, 23, '11:00');
    const [entry, ...rest] = correctedRecords([third, target, second, first]);
    expect(rest).toEqual([]);
    expect(entry?.original).toBe(target);
    expect(entry?.corrections).toEqual([first, second, third]);
    expect(entry?.record.data).toMatchObject({ lot: 'LOT-C', arm: 'left', vaccine: 'PF' });
    expect(target.data.lot).toBe('FK5127');
  });

  it('orders corrections made at the same time by id', () => {
    const target = injection();
    const a = fix(target, { 'data.lot': 'LOT-A' }, 31, '10:00');
    const b = fix(target, { 'data.lot': 'LOT-B' }, 32, '10:00');
    expect(correctedRecords([b, target, a])[0]?.record.data).toMatchObject({ lot: 'LOT-B' });
    expect(correctedRecords([target, a, b])[0]?.record.data).toMatchObject({ lot: 'LOT-B' });
  });

  it('keeps a correction that would not apply but lets it change nothing', () => {
    const target = checkin();
    const good = fix(target, { 'data.citizen.fullName': 'Nguyễn Thị Lan Anh' }, 41, '10:00');
    const bad = fix(target, { 'data.citizen.dob': '1990-13-01' }, 42, '10:01');
    const forbidden = fix(target, { 'data.method': 'manual' }, 43, '10:02');
    const [entry] = correctedRecords([target, good, bad, forbidden]);
    expect(entry?.corrections).toEqual([good, bad, forbidden]);
    const citizen = (entry?.record as CheckinRecord).data.citizen;
    expect(citizen.fullName).toBe('Nguyễn Thị Lan Anh');
    expect(citizen.dob).toBe('1990-05-01');
    expect((entry?.record as CheckinRecord).data.method).toBe('cccd-qr');
  });

  it('judges each correction against the record as already corrected', () => {
    const target = checkin();
    // Removing the ID, then putting one back: both valid in turn.
    const remove = fix(target, { 'data.citizen.id': undefined }, 51, '10:00');
    const restore = fix(target, { 'data.citizen.id': '079190123457' }, 52, '10:01');
    const [entry] = correctedRecords([target, restore, remove]);
    expect((entry?.record as CheckinRecord).data.citizen.id).toBe('079190123457');
  });

  it('ignores corrections whose target is missing, and leaves other records alone', () => {
    const target = checkin();
    const other = injection();
    const orphan = typed(
      'correction',
      { targetId: uuid(404), changes: { 'data.lot': 'X' }, reason: 'Nhầm lô' },
      { n: 60 },
    );
    const result = correctedRecords([target, orphan, other]);
    expect(result).toEqual([
      { record: target, original: target, corrections: [] },
      { record: other, original: other, corrections: [] },
    ]);
    expect(effectiveRecords([orphan])).toEqual([]);
  });

  it('effectiveRecords gives the records as they now stand, corrections dropped', () => {
    const target = injection();
    const c = fix(target, { 'data.doseNumber': 2 }, 70, '10:00');
    const records = effectiveRecords([target, c, checkin()]);
    expect(records.map((r) => r.type)).toEqual(['injection', 'checkin']);
    expect(records[0]?.data).toMatchObject({ doseNumber: 2 });
  });
});

describe('a correction names only correctable fields (recordErrors, as validateRecord on tablet and server)', () => {
  const errorsOf = (changes: Record<string, unknown>) => {
    return fieldsOf(recordErrors(fix(injection(), changes, 70, '10:00')));
  };

  it('refuses a path no record may have corrected, before its target is known', () => {
    expect(errorsOf({ 'data.citizen': { id: '079190004321' } })).toEqual([
      'data.changes.data.citizen:not-correctable',
    ]);
    expect(errorsOf({ siteId: 'S2', 'data.lot': 'X' })).toEqual([
      'data.changes.siteId:not-correctable',
    ]);
    expect(errorsOf({ 'data.citizen.guardian.name': 'x' })).toEqual([
      'data.changes.data.citizen.guardian.name:not-correctable',
    ]);
  });

  it('lets through every path some record type may have corrected', () => {
    expect(errorsOf({ 'data.lot': 'FK1', 'data.citizen.dob': '1990-01-01' })).toEqual([]);
  });
});

describe('correctionErrors: may this correction take effect on its target now?', () => {
  const target = injection();
  const correction = {
    ...fix(target, { 'data.doseNumber': 2 }, 70, '10:00'),
    siteId: target.siteId,
  };
  const codesOf = (siteId: string, role: string | undefined) =>
    fieldsOf(correctionErrors(correction, { siteId, record: target }, role));

  it('takes effect for a role that may record the target', () => {
    expect(codesOf(target.siteId, 'nurse')).toEqual([]);
  });

  it("refuses another site's record, a role that may not record it, and a former staff member", () => {
    expect(codesOf('elsewhere', 'nurse')).toEqual(['data.targetId:wrong-site']);
    expect(codesOf(target.siteId, 'volunteer')).toEqual(['staffId:role']);
    expect(codesOf(target.siteId, 'janitor')).toEqual(['staffId:role']);
    expect(codesOf(target.siteId, undefined)).toEqual(['staffId:unknown-staff']);
  });

  it('refuses changes that leave an invalid record', () => {
    const bad = { ...correction, data: { ...correction.data, changes: { 'data.doseNumber': 0 } } };
    expect(
      fieldsOf(correctionErrors(bad, { siteId: target.siteId, record: target }, 'nurse')),
    ).toEqual(['data.changes.data.doseNumber:range']);
  });
});
