import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import type { SessionService } from '../../../src/services/contracts';
import type { VaxDb } from '../../../src/data/db';
import { RecordRepository } from '../../../src/data/record-repo';
import { ReferenceRepository } from '../../../src/data/reference-repo';
import { createStockService } from '../../../src/services/stock-service';
import { createVisitService } from '../../../src/services/visit-service';
import { newId } from '../../../src/domain/ids';
import type { Staff } from '../../../src/domain/protocol';
import type {
  CheckinRecord,
  InjectionRecord,
  ObservationRecord,
  VaxRecord,
} from '../../../src/domain/records';
import { freshDb } from '../data/fixtures';
import { SITE, numberedCheckin, registration } from '../../support/records';

const NOW = new Date('2026-11-23T10:00:00+07:00');
const NURSE: Staff = { id: 'n1', name: 'Y tá Lan', role: 'nurse' };
const VOLUNTEER: Staff = { id: 'v1', name: 'Phúc', role: 'volunteer' };

let db: VaxDb;
afterEach(() => db.delete());

function fakeSession(staff: Staff | null): SessionService {
  return {
    current: () => staff,
    subscribe: () => () => {},
    signIn: async () => 'ok',
    lock() {},
    activity() {},
  };
}

function setup(staff: Staff | null = NURSE, now = NOW) {
  db = freshDb();
  const records = new RecordRepository(db);
  const reference = new ReferenceRepository(db);
  let saved = 0;
  const visits = createVisitService({
    records,
    reference,
    session: fakeSession(staff),
    siteId: () => SITE,
    onSaved: async () => void saved++,
    now: () => now,
  });
  return { records, reference, visits, saved: () => saved };
}

function step<T extends VaxRecord>(
  visit: CheckinRecord,
  type: T['type'],
  data: T['data'],
  at: string,
  staffId = NURSE.id,
): T {
  return {
    id: newId(),
    type,
    siteId: SITE,
    staffId,
    visitKey: visit.visitKey,
    occurredAt: at,
    data,
  } as T;
}

const injection = (visit: CheckinRecord, lot = 'AZ1', at = '2026-11-23T09:40:00.000+07:00') =>
  step<InjectionRecord>(
    visit,
    'injection',
    {
      vaccine: 'AZ',
      lot,
      doseNumber: 1,
      doseKind: 'primary',
      arm: 'left',
      vial: {
        id: '01a208cd-7ed8-7133-b4e2-3a1c21ebde70',
        openedAt: '2026-11-23T09:39:00.000+07:00',
      },
    },
    at,
  );

describe('visit service', () => {
  it('lists today’s visits with the stage their merged records give', async () => {
    const { records, visits } = setup();
    const a = numberedCheckin(1, '2026-11-23T09:00:00.000+07:00');
    const b = numberedCheckin(2, '2026-11-23T09:05:00.000+07:00');
    const yesterday = numberedCheckin(3, '2026-11-22T09:05:00.000+07:00');
    await db.records.bulkAdd([a, b, yesterday, injection(a)]);
    const list = await visits.today();
    expect(list.map((v) => [v.checkin.id, v.stage])).toEqual([
      [b.id, 'waiting-screening'],
      [a.id, 'in-observation'],
    ]);
    expect((await visits.find(a.data.citizen.id!))?.visitKey).toBe(a.visitKey);
    expect(await visits.find(yesterday.data.citizen.id!)).toBeUndefined();
    void records;
  });

  it('keeps visits under way at midnight on the lists, and lets finished or stale ones go', async () => {
    // The tablet's own time zone says when midnight is; Node reads TZ again when it changes.
    vi.stubEnv('TZ', 'Asia/Ho_Chi_Minh');
    onTestFinished(() => void vi.unstubAllEnvs());
    const { visits } = setup(NURSE, new Date('2026-11-24T00:10:00+07:00'));
    const observed = numberedCheckin(1, '2026-11-23T23:30:00.000+07:00');
    const waiting = numberedCheckin(2, '2026-11-23T23:55:00.000+07:00');
    const released = numberedCheckin(3, '2026-11-23T23:00:00.000+07:00');
    const forgotten = numberedCheckin(4, '2026-11-23T08:00:00.000+07:00');
    const older = numberedCheckin(5, '2026-11-22T23:55:00.000+07:00');
    const today = numberedCheckin(6, '2026-11-24T00:05:00.000+07:00');
    const release = step<ObservationRecord>(
      released,
      'observation',
      { releasedAt: '2026-11-23T23:50:00.000+07:00', reactions: [], referred: false },
      '2026-11-23T23:50:00.000+07:00',
    );
    await db.records.bulkAdd([
      ...[observed, waiting, released, forgotten, older, today],
      injection(observed, 'AZ1', '2026-11-23T23:50:00.000+07:00'),
      injection(released, 'AZ1', '2026-11-23T23:15:00.000+07:00'),
      release,
    ]);
    const list = await visits.today();
    expect(list.map((v) => [v.checkin.id, v.stage])).toEqual([
      [today.id, 'waiting-screening'],
      [waiting.id, 'waiting-screening'],
      [observed.id, 'in-observation'],
    ]);
    // The desk finds the person injected before midnight: still here, not someone new.
    expect((await visits.find(observed.data.citizen.id!))?.visitKey).toBe(observed.visitKey);
    expect(await visits.find(forgotten.data.citizen.id!)).toBeUndefined();
  });

  it("counts a certificate's dose stated at the check-in among the previous doses", async () => {
    const { records, visits } = setup();
    const checkin = numberedCheckin(5);
    const certified = { date: '2021-10-01', vaccine: 'AZ', doseNumber: 2 };
    await records.add({ ...checkin, data: { ...checkin.data, priorDoses: [certified] } });
    const detail = await visits.detail(checkin.visitKey);
    expect(detail?.previousDoses).toEqual([certified]);
    // Dose 2 of two: the series is complete, and the status says so.
    expect(detail?.certificate).toBe('green');
  });

  it('saves only for the signed-in person and what their role may record', async () => {
    const signedOut = setup(null);
    const visit = numberedCheckin(1);
    expect(await signedOut.visits.save(visit)).toMatchObject({ ok: false });
    await db.delete();

    const volunteer = setup(VOLUNTEER);
    const asVolunteer = { ...numberedCheckin(1), staffId: VOLUNTEER.id };
    expect(await volunteer.visits.save(asVolunteer)).toEqual({ ok: true });
    expect(volunteer.saved()).toBe(1);
    // A volunteer may not inject, nor record in someone else's name.
    const dose = { ...injection(asVolunteer), staffId: VOLUNTEER.id };
    expect(await volunteer.visits.save(dose)).toMatchObject({
      ok: false,
      errors: [{ code: 'role' }],
    });
    expect(await volunteer.visits.save(injection(asVolunteer))).toMatchObject({
      ok: false,
      errors: [{ code: 'other-staff' }],
    });
    expect(await db.records.count()).toBe(1);
    expect(await db.outbox.count()).toBe(1);
  });

  it('returns the validation errors and stores nothing when the record is invalid', async () => {
    const volunteer = setup(VOLUNTEER);
    const bad = { ...numberedCheckin(1), staffId: VOLUNTEER.id, occurredAt: 'yesterday' };
    const result = await volunteer.visits.save(bad);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.field)).toContain('occurredAt');
    expect(volunteer.saved()).toBe(0);
    expect(await db.records.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('applies a correction and keeps both in the history', async () => {
    const { visits } = setup();
    const visit = numberedCheckin(1, '2026-11-23T09:00:00.000+07:00');
    const dose = injection(visit);
    await db.records.bulkAdd([visit, dose]);
    const wrong = step(
      visit,
      'correction',
      { targetId: dose.id, changes: { 'data.arm': 'up' }, reason: 'x' },
      '2026-11-23T09:50:00.000+07:00',
    );
    expect(await visits.save(wrong)).toMatchObject({ ok: false });
    const fix = step(
      visit,
      'correction',
      { targetId: dose.id, changes: { 'data.lot': 'AZ2' }, reason: 'Ghi nhầm lô' },
      '2026-11-23T09:50:00.000+07:00',
    );
    expect(await visits.save(fix)).toEqual({ ok: true });
    const detail = await visits.detail(visit.visitKey);
    expect(detail?.injection?.data.lot).toBe('AZ2');
    const entry = detail?.history.find((h) => h.original.id === dose.id);
    expect(entry?.original.type === 'injection' && entry.original.data.lot).toBe('AZ1');
    expect(entry?.corrections.map((c) => c.id)).toEqual([fix.id]);
  });

  it('gives the doses before this visit from the registration, the platform and this tablet', async () => {
    const { reference, visits } = setup();
    const reg = registration(7);
    reg.previousDoses = [{ date: '2026-06-01', vaccine: 'AZ', doseNumber: 1 }];
    const id = reg.citizen.id!;
    const earlier = { ...numberedCheckin(1, '2026-10-01T09:00:00.000+07:00') };
    earlier.data = { ...earlier.data, citizen: { ...reg.citizen } };
    earlier.visitKey = `${SITE}:2026-10-01:${id}`;
    const earlierDose = {
      ...injection(earlier, 'AZ1', '2026-10-01T09:30:00.000+07:00'),
      data: {
        vaccine: 'AZ',
        lot: 'AZ1',
        doseNumber: 2,
        doseKind: 'primary' as const,
        arm: 'left' as const,
      },
    };
    const todayVisit = {
      ...earlier,
      id: newId(),
      occurredAt: '2026-11-23T09:00:00.000+07:00',
      visitKey: `${SITE}:2026-11-23:${id}`,
    };
    await reference.applyChanges(
      [
        { entity: 'registration', op: 'put', key: reg.id, data: reg },
        {
          entity: 'dose-history',
          op: 'put',
          key: id,
          data: {
            citizenId: id,
            certificate: 'green',
            doses: [
              { ...reg.previousDoses[0]!, recordId: newId() },
              { date: '2026-10-01', vaccine: 'AZ', doseNumber: 2, recordId: earlierDose.id },
            ],
          },
        },
      ],
      'c1',
    );
    await db.records.bulkAdd([earlier, earlierDose, todayVisit]);
    const detail = await visits.detail(todayVisit.visitKey);
    expect(detail?.previousDoses.map((d) => [d.date, d.doseNumber])).toEqual([
      ['2026-06-01', 1],
      ['2026-10-01', 2],
    ]);
    expect(detail?.certificate).toBe('green');
  });
});

describe('voiding a record made by mistake', () => {
  const voidOf = (visit: CheckinRecord, target: VaxRecord, at: string, staffId = NURSE.id) =>
    step(
      visit,
      'correction',
      { targetId: target.id, changes: {}, reason: 'Ghi trùng', void: 'duplicate' },
      at,
      staffId,
    );
  const screening = (visit: CheckinRecord) =>
    step(
      visit,
      'screening',
      { answers: {}, outcome: 'eligible', decision: 'proceed', consent: true },
      '2026-11-23T09:20:00.000+07:00',
    );

  it('sends the visit back to the injection queue and takes the dose out of every count', async () => {
    const { records, reference, visits } = setup();
    const visit = numberedCheckin(1, '2026-11-23T09:00:00.000+07:00');
    const dose = injection(visit);
    const id = visit.data.citizen.id!;
    await db.records.bulkAdd([visit, screening(visit), dose]);
    // The server's history still names the dose until the void reaches it.
    await reference.applyChanges(
      [
        {
          entity: 'dose-history',
          op: 'put',
          key: id,
          data: {
            citizenId: id,
            certificate: 'yellow',
            doses: [{ date: '2026-11-23', vaccine: 'AZ', doseNumber: 1, recordId: dose.id }],
          },
        },
      ],
      'c1',
    );
    expect((await visits.today())[0]?.stage).toBe('in-observation');

    expect(await visits.save(voidOf(visit, dose, '2026-11-23T09:45:00.000+07:00'))).toEqual({
      ok: true,
    });
    expect((await visits.today())[0]?.stage).toBe('waiting-injection');
    const detail = await visits.detail(visit.visitKey);
    expect(detail?.injection).toBeUndefined();
    expect(detail?.previousDoses).toEqual([]);
    expect(detail?.certificate).toBe('none');
    expect(detail?.history.find((h) => h.original.id === dose.id)?.record.voided).toMatchObject({
      reason: 'duplicate',
    });
    const stock = createStockService({ records, reference, siteId: () => SITE, now: () => NOW });
    expect(await stock.vials()).toEqual([]);
  });

  it('refuses a void by another nurse, and a second void, with the reason', async () => {
    const { visits } = setup();
    const visit = numberedCheckin(1, '2026-11-23T09:00:00.000+07:00');
    const dose = { ...injection(visit), staffId: 'n2' };
    await db.records.bulkAdd([visit, dose]);
    expect(await visits.save(voidOf(visit, dose, '2026-11-23T09:45:00.000+07:00'))).toMatchObject({
      ok: false,
      errors: [{ code: 'role' }],
    });
    const mine = injection(visit, 'AZ1', '2026-11-23T09:41:00.000+07:00');
    await db.records.bulkAdd([mine, voidOf(visit, mine, '2026-11-23T09:46:00.000+07:00')]);
    expect(await visits.save(voidOf(visit, mine, '2026-11-23T09:50:00.000+07:00'))).toMatchObject({
      ok: false,
      errors: [{ code: 'voided' }],
    });
  });
});

describe('stock service', () => {
  it('counts doses per lot and marks lots that cannot be used today', async () => {
    const { records, reference } = setup();
    await reference.applyChanges(
      [
        {
          entity: 'lot',
          op: 'put',
          key: 'AZ1',
          data: { lot: 'AZ1', vaccine: 'AZ', expiry: '2027-01-01', dosesAllocated: 1 },
        },
        {
          entity: 'lot',
          op: 'put',
          key: 'AZ0',
          data: { lot: 'AZ0', vaccine: 'AZ', expiry: '2026-11-22', dosesAllocated: 100 },
        },
        {
          entity: 'lot',
          op: 'put',
          key: 'PF0',
          data: { lot: 'PF0', vaccine: 'PF', expiry: '2027-01-01', dosesAllocated: 0 },
        },
      ],
      'c1',
    );
    const visit = numberedCheckin(1, '2026-11-23T09:00:00.000+07:00');
    await db.records.bulkAdd([visit, injection(visit)]);
    const stock = createStockService({ records, reference, siteId: () => SITE, now: () => NOW });
    const lots = await stock.lots();
    expect(lots.map((l) => [l.lot, l.dosesUsed, l.problem])).toEqual([
      ['AZ0', 0, 'expired'],
      ['AZ1', 1, 'exhausted'],
      ['PF0', 0, 'unallocated'],
    ]);
    const vials = await stock.vials();
    expect(vials).toHaveLength(1);
    expect(vials[0]).toMatchObject({ lot: 'AZ1', dosesUsed: 1, remaining: 9 });
  });
});

describe('one dose per visit', () => {
  it('refuses a second injection in a visit, read from the store at save time', async () => {
    const { visits } = setup();
    const visit = numberedCheckin(1, '2026-11-23T09:00:00.000+07:00');
    await db.records.add(visit);
    expect(await visits.save(injection(visit))).toEqual({ ok: true });
    const again = injection(visit, 'AZ1', '2026-11-23T09:41:00.000+07:00');
    expect(await visits.save(again)).toMatchObject({
      ok: false,
      errors: [{ code: 'already-injected' }],
    });
    expect(await db.records.where('type').equals('injection').count()).toBe(1);
    expect(await db.outbox.count()).toBe(1);
  });

  it('tells subscribers after a save, so every queue reads again at once', async () => {
    const { visits } = setup();
    let told = 0;
    const stop = visits.subscribe(() => void told++);
    const [a, b] = [numberedCheckin(1), numberedCheckin(2)];
    await db.records.bulkAdd([a, b]);
    expect(await visits.save(injection(a))).toEqual({ ok: true });
    expect(told).toBe(1);
    stop();
    expect(await visits.save(injection(b))).toEqual({ ok: true });
    expect(told).toBe(1);
  });

  it('gives the stage a visit is at now, and lists the doses the certificate counts', async () => {
    const { visits } = setup();
    const visit = numberedCheckin(1, '2026-11-23T09:00:00.000+07:00');
    await db.records.bulkAdd([visit, injection(visit)]);
    expect((await visits.view(visit.visitKey))?.stage).toBe('in-observation');
    const detail = await visits.detail(visit.visitKey);
    expect(detail?.certificate).toBe('yellow');
    expect(detail?.doses.map((d) => d.doseNumber)).toEqual([1]);
  });
});
