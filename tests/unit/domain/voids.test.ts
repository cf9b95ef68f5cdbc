// A record made by mistake is voided by a correction with a reason; it then counts
// nowhere, stays in the history marked, and cannot be voided or corrected again.
import { describe, expect, it } from 'vitest';
import {
  correctedRecords,
  correctionErrors,
  countedRecords,
  effectiveRecords,
} from '../../../src/domain/corrections';
import { daySummary } from '../../../src/domain/day-summary';
import type { CorrectionRecord, VaxRecord, VoidReason } from '../../../src/domain/records';
import { validateRecord } from '../../../src/domain/validate-record';
import { visitStage } from '../../../src/domain/visit-stage';
import { isVoided } from '../../../src/domain/voids';
import { typed, uuid } from '../../support/records';
import { samples } from '../../support/records';

const checkin = () => typed('checkin', samples.checkin().data as never, { n: 1, at: '09:00' });
const screening = () =>
  typed('screening', samples.screening().data as never, { n: 2, at: '09:10' });
const injection = (n = 3, at = '09:20') =>
  typed(
    'injection',
    {
      vaccine: 'PF',
      lot: 'FK5127',
      doseNumber: 1,
      doseKind: 'primary',
      arm: 'left',
      vial: { id: uuid(900), openedAt: `${samples.DAY}T09:19:00.000+07:00` },
    },
    { n, at },
  );
const voidOf = (
  target: VaxRecord,
  n: number,
  opts: { at?: string; staffId?: string; reason?: VoidReason } = {},
): CorrectionRecord =>
  typed(
    'correction',
    { targetId: target.id, changes: {}, reason: 'Ghi trùng', void: opts.reason ?? 'duplicate' },
    { n, at: opts.at ?? '09:30', ...(opts.staffId && { staffId: opts.staffId }) },
  );
const fieldsOf = (errors: { field: string; code: string }[]) =>
  errors.map((e) => `${e.field}:${e.code}`);
const now = new Date(`${samples.DAY}T12:00:00+07:00`);

describe('a void correction', () => {
  it('is a valid record with a listed reason and words, and changes nothing', () => {
    expect(validateRecord(voidOf(injection(), 10), now).ok).toBe(true);
    const bad = (data: object) => {
      const r = validateRecord({ ...voidOf(injection(), 10), data }, now);
      return r.ok ? [] : fieldsOf(r.errors);
    };
    const target = injection().id;
    expect(bad({ targetId: target, changes: {}, reason: 'x', void: 'oops' })).toEqual([
      'data.void:enum',
    ]);
    expect(bad({ targetId: target, changes: {}, reason: ' ', void: 'other' })).toEqual([
      'data.reason:required',
    ]);
    expect(
      bad({ targetId: target, changes: { 'data.lot': 'X' }, reason: 'x', void: 'duplicate' }),
    ).toEqual(['data.changes:void-with-changes']);
  });

  it('refuses a stored record that claims to be voided by itself', () => {
    const r = validateRecord({ ...injection(), voided: { reason: 'duplicate' } }, now);
    expect(r.ok ? [] : fieldsOf(r.errors)).toEqual(['voided:not-allowed']);
  });

  it('marks its target, which then leaves every count but stays in the history', () => {
    const given = injection();
    const records = [checkin(), screening(), given, voidOf(given, 10, { reason: 'not-given' })];
    const entry = correctedRecords(records).find((c) => c.original.id === given.id);
    expect(entry?.record.voided).toMatchObject({ reason: 'not-given', note: 'Ghi trùng' });
    expect(isVoided(entry!.record)).toBe(true);
    expect(effectiveRecords(records)).toHaveLength(3);
    expect(countedRecords(records).map((r) => r.type)).toEqual(['checkin', 'screening']);
    const summary = daySummary(records, Date.parse('2026-11-23T12:00:00+07:00'));
    expect(summary.injected).toEqual([]);
    expect(summary.lots).toEqual([]);
  });

  it('sends the visit back to the stage before the voided record', () => {
    const given = injection();
    const visit = [checkin(), screening(), given];
    expect(visitStage(visit)).toBe('in-observation');
    expect(visitStage([...visit, voidOf(given, 10)])).toBe('waiting-injection');
    // A voided screening: the visit waits for screening again.
    expect(visitStage([checkin(), screening(), voidOf(screening(), 11)])).toBe('waiting-screening');
  });

  it('leaves a voided duplicate out and keeps the dose it duplicated', () => {
    const first = injection(3, '09:20');
    const twice = injection(4, '09:21');
    const summary = daySummary(
      [checkin(), first, twice, voidOf(twice, 10)],
      Date.parse('2026-11-23T12:00:00+07:00'),
    );
    expect(summary.injected).toEqual([{ vaccine: 'PF', doseNumber: 1, count: 1 }]);
  });
});

describe('who may void, and what', () => {
  const given = injection();
  const judge = (c: CorrectionRecord, role: string, target: VaxRecord = given) =>
    fieldsOf(correctionErrors(c, { siteId: given.siteId, record: target }, role));

  it('lets the nurse who recorded it, or the site lead, void it', () => {
    expect(judge(voidOf(given, 10), 'nurse')).toEqual([]);
    expect(judge(voidOf(given, 10, { staffId: 'staff-lead' }), 'admin')).toEqual([]);
  });

  it('refuses another nurse, a role that may not record it, and another site', () => {
    expect(judge(voidOf(given, 10, { staffId: 'staff-nurse-2' }), 'nurse')).toEqual([
      'staffId:role',
    ]);
    expect(judge(voidOf(given, 10), 'volunteer')).toEqual(['staffId:role']);
    expect(
      fieldsOf(
        correctionErrors(voidOf(given, 10), { siteId: 'elsewhere', record: given }, 'admin'),
      ),
    ).toEqual(['data.targetId:wrong-site']);
  });

  it('refuses voiding or correcting a voided record, with the reason', () => {
    const first = voidOf(given, 10);
    const [standing] = effectiveRecords([given, first]);
    expect(judge(voidOf(given, 11, { at: '09:40' }), 'nurse', standing)).toEqual([
      'data.targetId:voided',
    ]);
    const lot = typed(
      'correction',
      { targetId: given.id, changes: { 'data.lot': 'FK9' }, reason: 'Sai lô' },
      { n: 12, at: '09:45' },
    );
    expect(judge(lot, 'nurse', standing)).toEqual(['data.targetId:voided']);
    // Replayed, the second void and the later change apply to nothing: the first void stands.
    const [after] = effectiveRecords([given, first, voidOf(given, 11, { at: '09:40' }), lot]);
    expect(after?.voided?.correctionId).toBe(first.id);
    expect(after?.type === 'injection' && after.data.lot).toBe('FK5127');
  });

  it('never voids a correction', () => {
    const fix = voidOf(given, 10);
    expect(judge(voidOf(fix, 11), 'admin', fix)).toEqual(['data.targetId:not-correctable']);
  });
});
