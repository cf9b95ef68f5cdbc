import { describe, expect, it } from 'vitest';
import { ageOn } from '../../../src/domain/age';
import { checkCitizenId } from '../../../src/domain/citizen-id';
import { isUuid } from '../../../src/domain/ids';
import { normalizePhone } from '../../../src/domain/phone';
import { PRIORITY_GROUPS } from '../../../src/domain/priority-groups';
import type { Registration } from '../../../src/domain/protocol';
import { addDays, daysBetween, isLocalDate, type LocalDate } from '../../../src/domain/local-date';
import { validateRecord } from '../../../src/domain/validate-record';
import { vaccineByCode } from '../../../src/domain/vaccines';
import { makeVisitKey } from '../../../src/domain/visit-key';
import { demoData } from '../../../sync-server/src/seed/demo-data';

const TODAY = '2026-11-23' as LocalDate;
const data = demoData({ today: TODAY });
const regs = data.registrations;
const share = (pred: (r: Registration) => boolean): number =>
  regs.filter(pred).length / regs.length;

describe('demoData: determinism', () => {
  it('gives the same output for the same options, byte for byte', () => {
    expect(JSON.stringify(demoData({ today: TODAY }))).toBe(JSON.stringify(data));
    expect(JSON.stringify(demoData({ today: TODAY, seed: 5, registrations: 300 }))).toBe(
      JSON.stringify(demoData({ today: TODAY, seed: 5, registrations: 300 })),
    );
  });

  it('gives different citizens for another seed, and a prefix for fewer registrations', () => {
    expect(demoData({ today: TODAY, seed: 2, registrations: 10 }).registrations).not.toEqual(
      regs.slice(0, 10),
    );
    expect(demoData({ today: TODAY, registrations: 10 }).registrations).toEqual(regs.slice(0, 10));
  });
});

describe('demoData: reference data', () => {
  it('has the demo site, staff in every role and lots that are in date', () => {
    expect(data.site).toEqual({
      id: 'demo-site',
      name: 'Trạm Y tế phường Bến Nghé',
      province: 'Hồ Chí Minh',
      // Phường Bến Nghé is in Quận 1.
      district: '760',
    });
    expect(new Set(data.staff.map((s) => s.role))).toEqual(
      new Set(['volunteer', 'nurse', 'doctor', 'admin']),
    );
    expect(new Set(data.staff.map((s) => s.id)).size).toBe(data.staff.length);
    expect(data.lots.length).toBeGreaterThanOrEqual(4);
    expect(data.lots.length).toBeLessThanOrEqual(6);
    for (const lot of data.lots) {
      expect(vaccineByCode(lot.vaccine)).toBeDefined();
      expect(daysBetween(TODAY, lot.expiry as LocalDate)).toBeGreaterThan(0);
      expect(lot.dosesAllocated).toBeGreaterThan(0);
    }
    expect(new Set(data.lots.map((l) => l.lot)).size).toBe(data.lots.length);
  });

  it('defaults to 2,000 registrations', () => {
    expect(regs).toHaveLength(2000);
  });
});

describe('demoData: every registration is valid', () => {
  it('has unique UUIDs, unique 8-character codes and unique citizen IDs', () => {
    expect(regs.every((r) => isUuid(r.id))).toBe(true);
    expect(new Set(regs.map((r) => r.id)).size).toBe(regs.length);
    expect(regs.every((r) => /^[A-HJKMNP-Z2-9]{8}$/.test(r.code))).toBe(true);
    expect(new Set(regs.map((r) => r.code)).size).toBe(regs.length);
    expect(new Set(regs.map((r) => r.citizen.id)).size).toBe(regs.length);
  });

  it('gives each citizen an ID that agrees with their birth year and sex', () => {
    for (const { citizen } of regs) {
      expect(checkCitizenId(citizen.id ?? '', { dob: citizen.dob, sex: citizen.sex })).toEqual({
        kind: 'cccd12',
        errors: [],
        warnings: [],
      });
    }
    expect(share((r) => r.citizen.id?.startsWith('079') === true)).toBeGreaterThan(0.7);
  });

  it('gives realistic NFC names, ages 12–90, phones and addresses', () => {
    for (const { citizen } of regs) {
      expect(citizen.fullName.normalize('NFC')).toBe(citizen.fullName);
      expect(citizen.fullName.split(' ').length).toBeGreaterThanOrEqual(3);
      expect(isLocalDate(citizen.dob)).toBe(true);
      expect(ageOn(citizen.dob, TODAY)).toBeGreaterThanOrEqual(12);
      expect(ageOn(citizen.dob, TODAY)).toBeLessThanOrEqual(90);
      expect(normalizePhone(citizen.phone ?? '')).toBe(citizen.phone);
      expect(citizen.address).toMatch(/, Quận 1, TP\. Hồ Chí Minh$/);
    }
    expect(share((r) => r.citizen.fullName.startsWith('Nguyễn '))).toBeGreaterThan(0.3);
    expect(share((r) => r.citizen.fullName.startsWith('Nguyễn '))).toBeLessThan(0.46);
    expect(share((r) => r.citizen.sex === 'F')).toBeGreaterThan(0.45);
    expect(share((r) => r.citizen.sex === 'F')).toBeLessThan(0.55);
    expect(share((r) => / Thị /.test(r.citizen.fullName))).toBeGreaterThan(0.05);
  });

  it('gives minors, and only minors, a guardian with a valid phone', () => {
    const minors = regs.filter((r) => ageOn(r.citizen.dob, TODAY) < 18);
    expect(minors.length).toBeGreaterThan(100);
    for (const r of regs) {
      const minor = ageOn(r.citizen.dob, TODAY) < 18;
      expect(r.citizen.guardian !== undefined).toBe(minor);
      if (r.citizen.guardian) {
        expect(r.citizen.guardian.name.split(' ')[0]).toBe(r.citizen.fullName.split(' ')[0]);
        expect(normalizePhone(r.citizen.guardian.phone)).toBe(r.citizen.guardian.phone);
      }
    }
  });

  it('schedules sessions today or tomorrow in known priority groups', () => {
    const groups = new Set(PRIORITY_GROUPS.map((g) => g.code));
    expect(regs.every((r) => groups.has(r.priorityGroup))).toBe(true);
    expect(regs.every((r) => r.sessionDate === TODAY || r.sessionDate === addDays(TODAY, 1))).toBe(
      true,
    );
    expect(share((r) => r.sessionDate === TODAY)).toBeGreaterThan(0.75);
    expect(
      regs.filter((r) => ageOn(r.citizen.dob, TODAY) < 18).every((r) => r.priorityGroup === '9'),
    ).toBe(true);
  });

  it('gives about 30% earlier doses in order, spaced by the minimum interval, before today', () => {
    expect(share((r) => r.previousDoses.length > 0)).toBeGreaterThan(0.25);
    expect(share((r) => r.previousDoses.length > 0)).toBeLessThan(0.35);
    expect(share((r) => r.previousDoses.length === 2)).toBeGreaterThan(0.1);
    for (const { previousDoses } of regs) {
      previousDoses.forEach((dose, i) => {
        const vaccine = vaccineByCode(dose.vaccine);
        expect(vaccine).toBeDefined();
        expect(dose.doseNumber).toBe(i + 1);
        expect(dose.doseNumber).toBeLessThanOrEqual(vaccine?.seriesLength ?? 0);
        expect(daysBetween(dose.date as LocalDate, TODAY)).toBeGreaterThan(0);
        const before = previousDoses[i - 1];
        if (before)
          expect(
            daysBetween(before.date as LocalDate, dose.date as LocalDate),
          ).toBeGreaterThanOrEqual(vaccine?.minIntervalDays ?? 0);
      });
    }
  });

  it('yields citizens that check in without any data-quality flag', () => {
    for (const r of regs.slice(0, 500)) {
      const result = validateRecord(
        {
          id: '01a208cd-7ed8-7133-b4e2-3a1c21ebde66',
          type: 'checkin',
          siteId: data.site.id,
          staffId: data.staff[0]?.id,
          visitKey: makeVisitKey(data.site.id, r.sessionDate, r.citizen.id ?? ''),
          occurredAt: `${r.sessionDate}T08:00:00.000+07:00`,
          data: { method: 'registration-qr', registrationId: r.id, citizen: r.citizen },
        },
        new Date(`${r.sessionDate}T01:00:00.000Z`),
      );
      expect(result.ok && result.flags).toEqual([]);
    }
  });
});

describe('demoData: edge dates and scale', () => {
  it('keeps ages exact when today is 29 February', () => {
    const leap = demoData({ today: '2028-02-29' as LocalDate, registrations: 3000 });
    for (const r of leap.registrations) {
      const age = ageOn(r.citizen.dob, '2028-02-29');
      expect(age).toBeGreaterThanOrEqual(12);
      expect(age).toBeLessThanOrEqual(90);
      expect(isLocalDate(r.citizen.dob)).toBe(true);
    }
  });

  it('stays unique at 50,000 registrations', () => {
    const big = demoData({ today: TODAY, registrations: 50_000 }).registrations;
    expect(new Set(big.map((r) => r.code)).size).toBe(big.length);
    expect(new Set(big.map((r) => r.citizen.id)).size).toBe(big.length);
    expect(new Set(big.map((r) => r.id)).size).toBe(big.length);
  });
});
