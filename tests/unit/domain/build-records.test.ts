import { describe, expect, it } from 'vitest';
import {
  buildCorrection,
  buildInjection,
  buildObservation,
  buildScreening,
  lastVaccine,
} from '../../../src/domain/build-records';
import { SCREENING_ITEMS } from '../../../src/domain/screening';
import { isUuid } from '../../../src/domain/ids';
import { isoWithOffset, localDateOf } from '../../../src/domain/time';
import { validateRecord } from '../../../src/domain/validate-record';
import { makeVisitKey } from '../../../src/domain/visit-key';

const NOW = new Date('2026-11-23T02:15:00Z');
const SITE = 'site-hcm-01';
const CONTEXT = {
  siteId: SITE,
  staffId: 'staff-nurse-1',
  visitKey: makeVisitKey(SITE, localDateOf(isoWithOffset(NOW)), '079090000123'),
  now: NOW,
};
const allNo = Object.fromEntries(SCREENING_ITEMS.map(({ id }) => [id, false]));
const AZ_DOSE = { date: '2026-09-01', vaccine: 'AZ', doseNumber: 1 };

describe('record context', () => {
  it('gives every record a fresh UUIDv7, the site, staff, visit and an ISO time with offset', () => {
    const a = buildObservation({ ...CONTEXT, reactions: [], referred: false });
    const b = buildObservation({ ...CONTEXT, reactions: [], referred: false });
    expect(isUuid(a.id)).toBe(true);
    expect(a.id).not.toBe(b.id);
    expect(a).toMatchObject({
      siteId: SITE,
      staffId: 'staff-nurse-1',
      visitKey: CONTEXT.visitKey,
      occurredAt: isoWithOffset(NOW),
    });
  });
});

describe('buildScreening', () => {
  it('records the outcome the rules give, with consent, and validates', () => {
    const record = buildScreening({
      ...CONTEXT,
      answers: allNo,
      vitals: { temperatureC: 36.8, pulse: 80 },
      decision: 'proceed',
      consent: true,
      note: '  ',
      previousDoses: [],
    });
    expect(record.type).toBe('screening');
    expect(record.data).toEqual({
      answers: allNo,
      vitals: { temperatureC: 36.8, pulse: 80 },
      outcome: 'eligible',
      decision: 'proceed',
      consent: true,
    });
    expect(validateRecord(record, NOW).ok).toBe(true);
  });

  it('names the last dose’s vaccine to avoid after anaphylaxis to it', () => {
    const record = buildScreening({
      ...CONTEXT,
      answers: { ...allNo, anaphylaxisCovidVaccine: true },
      vitals: {},
      decision: 'defer',
      consent: false,
      note: ' Khó thở sau mũi 1 ',
      previousDoses: [AZ_DOSE],
    });
    expect(record.data).toMatchObject({
      outcome: 'contraindicated',
      decision: 'defer',
      avoidVaccine: 'AZ',
      note: 'Khó thở sau mũi 1',
    });
    expect(record.data.vitals).toBeUndefined();
    expect(record.data.consent).toBeUndefined();
  });

  it('leaves avoidVaccine out when no earlier dose is known, and marks abnormal vitals caution', () => {
    const record = buildScreening({
      ...CONTEXT,
      answers: allNo,
      vitals: { temperatureC: 38.2 },
      decision: 'proceed',
      consent: true,
      previousDoses: [],
    });
    expect(record.data.outcome).toBe('caution');
    expect(record.data.avoidVaccine).toBeUndefined();
  });
});

describe('lastVaccine', () => {
  it('takes the latest dose by date whatever the order given', () => {
    const later = { date: '2026-10-01', vaccine: 'PF', doseNumber: 2 };
    expect(lastVaccine([later, AZ_DOSE])).toBe('PF');
    expect(lastVaccine([])).toBeUndefined();
  });
});

describe('buildInjection', () => {
  const input = {
    ...CONTEXT,
    lot: { lot: 'AZ-2611', vaccine: 'AZ' },
    plan: { doseNumber: 2, doseKind: 'primary' as const, warnings: [] },
    arm: 'left' as const,
    vial: { id: '0193a1b2-0000-7000-8000-000000000001', openedAt: isoWithOffset(NOW) },
  };

  it('takes the dose from the plan and the vaccine from the lot', () => {
    const record = buildInjection({ ...input, overrideReason: 'ignored without a warning' });
    expect(record.data).toEqual({
      vaccine: 'AZ',
      lot: 'AZ-2611',
      doseNumber: 2,
      doseKind: 'primary',
      arm: 'left',
      vial: input.vial,
    });
    expect(validateRecord(record, NOW).ok).toBe(true);
  });

  it('records an override reason only when the plan had a warning', () => {
    const record = buildInjection({
      ...input,
      plan: { ...input.plan, warnings: ['too-early'] },
      overrideReason: '  Đi công tác dài ngày ',
    });
    expect(record.data.override).toEqual({ reason: 'Đi công tác dài ngày' });
  });
});

describe('buildObservation', () => {
  it('releases at the time of the record, with the reactions and referral', () => {
    const record = buildObservation({
      ...CONTEXT,
      reactions: [{ code: 'fever', severity: 'mild' }],
      referred: false,
    });
    expect(record.data).toEqual({
      releasedAt: record.occurredAt,
      reactions: [{ code: 'fever', severity: 'mild' }],
      referred: false,
    });
    expect(validateRecord(record, NOW).ok).toBe(true);
  });
});

describe('buildCorrection', () => {
  it('points at its target with the changes and a tidy reason', () => {
    const targetId = '0193a1b2-0000-7000-8000-000000000002';
    const record = buildCorrection({
      ...CONTEXT,
      targetId,
      changes: { 'data.arm': 'right' },
      reason: ' Ghi nhầm tay ',
    });
    expect(record.data).toEqual({
      targetId,
      changes: { 'data.arm': 'right' },
      reason: 'Ghi nhầm tay',
    });
    expect(validateRecord(record, NOW).ok).toBe(true);
  });
});
