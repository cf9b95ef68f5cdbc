import { describe, expect, it } from 'vitest';
import { buildCheckin } from '../../../../src/domain/build-checkin';
import { checkWalkIn, emptyDraft, needsGuardian } from '../../../../src/app/checkin/walk-in';
import { isUuid } from '../../../../src/domain/ids';
import { parseVisitKey } from '../../../../src/domain/visit-key';

const TODAY = '2026-11-23';
// 079 (Hồ Chí Minh), male, born 1990.
const ADULT = { ...emptyDraft('079090000123'), fullName: '  Nguyễn   Văn An ', dob: '1990-05-01' };

describe('checkWalkIn', () => {
  it('accepts a complete adult and tidies the name', () => {
    const result = checkWalkIn({ ...ADULT, sex: 'M', phone: '0912 345 678' }, TODAY);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.citizen).toMatchObject({
      fullName: 'Nguyễn Văn An',
      sex: 'M',
      dob: '1990-05-01',
    });
    expect(result.citizen.phone).toBeDefined();
    expect(result.warnings).toEqual([]);
  });

  it("lets a certificate's holder go on without an ID number, but checks one typed", () => {
    const holder = { ...ADULT, id: '', sex: 'M' as const };
    expect(checkWalkIn(holder, TODAY)).toMatchObject({ ok: false, errors: { id: 'field.format' } });
    const without = checkWalkIn(holder, TODAY, { idOptional: true });
    expect(without.ok && without.citizen).toEqual({
      fullName: 'Nguyễn Văn An',
      dob: '1990-05-01',
      sex: 'M',
    });
    const typed = checkWalkIn({ ...holder, id: '0790' }, TODAY, { idOptional: true });
    expect(typed).toMatchObject({ ok: false, errors: { id: 'field.format' } });
  });

  it("keeps a certificate's doses on the check-in it builds", () => {
    const priorDoses = [{ date: '2021-10-01', vaccine: 'AZ', doseNumber: 2 }];
    const citizen = { fullName: 'Nguyễn Văn An', dob: '1990-05-01', sex: 'M' as const };
    const input = { siteId: 'demo-site', staffId: 's1', citizen, now: new Date() };
    expect(buildCheckin({ ...input, priorDoses }).data.priorDoses).toEqual(priorDoses);
    expect(buildCheckin(input).data).not.toHaveProperty('priorDoses');
  });

  it('blocks on every missing required field at once', () => {
    const result = checkWalkIn(emptyDraft('079090000123'), TODAY);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toMatchObject({
      fullName: 'field.name',
      dob: 'field.dob',
      sex: 'field.sex',
    });
  });

  it('rejects a birth date in the future and a malformed phone', () => {
    const result = checkWalkIn({ ...ADULT, sex: 'M', dob: '2027-01-01', phone: '12345' }, TODAY);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.dob).toBe('field.dob');
    expect(result.errors.phone).toBe('field.phone');
  });

  it('turns an ID that contradicts the typed sex into a warning or an error, never silence', () => {
    const result = checkWalkIn({ ...ADULT, sex: 'F' }, TODAY);
    const codes = result.ok ? result.warnings : Object.values(result.errors);
    expect(codes).toContain('field.id-sex-mismatch');
  });

  it('asks for a guardian for a minor and keeps it on the citizen', () => {
    const child = {
      ...emptyDraft('079212000123'),
      fullName: 'Trần Bé',
      dob: '2015-02-02',
      sex: 'M' as const,
    };
    expect(needsGuardian(child, TODAY)).toBe(true);
    const missing = checkWalkIn(child, TODAY);
    expect(missing.ok ? null : missing.errors.guardianName).toBe('field.guardian');
    const ok = checkWalkIn(
      { ...child, guardianName: 'Trần Mẹ', guardianPhone: '0912345678' },
      TODAY,
    );
    expect(ok.ok && ok.citizen.guardian?.name).toBe('Trần Mẹ');
  });
});

describe('buildCheckin', () => {
  it('keys the visit by site, local day and ID; a typed ID is a manual check-in', () => {
    const now = new Date('2026-11-23T02:30:00Z');
    const record = buildCheckin({
      siteId: 'site-1',
      staffId: 'staff-1',
      citizen: { id: '079090000123', fullName: 'Nguyễn Văn An', dob: '1990-05-01', sex: 'M' },
      registrationId: 'reg-9',
      now,
    });
    expect(isUuid(record.id)).toBe(true);
    expect(record).toMatchObject({ type: 'checkin', siteId: 'site-1', staffId: 'staff-1' });
    expect(record.data).toMatchObject({ method: 'manual', registrationId: 'reg-9' });
    expect(Date.parse(record.occurredAt)).toBe(now.getTime());
    expect(parseVisitKey(record.visitKey)).toMatchObject({
      siteId: 'site-1',
      citizenKey: '079090000123',
    });
  });

  it('records the scan kind that identified the citizen, and manual for another ID', () => {
    const citizen = { id: '079090000123', fullName: 'A', dob: '1990-05-01', sex: 'M' } as const;
    const build = (id: string) =>
      buildCheckin({
        siteId: 's',
        staffId: 'p',
        citizen: { ...citizen, id },
        scanned: { method: 'cccd-qr', citizenId: citizen.id },
        now: new Date(),
      });
    expect(build(citizen.id).data.method).toBe('cccd-qr');
    expect(build('079090000999').data.method).toBe('manual');
  });

  it('omits registrationId for a walk-in', () => {
    const record = buildCheckin({
      siteId: 's',
      staffId: 'p',
      citizen: { id: '079090000123', fullName: 'A', dob: '1990-05-01', sex: 'M' },
      now: new Date(),
    });
    expect('registrationId' in record.data).toBe(false);
  });
});
