// History proofs (docs/architecture.md §10: personal data reaches a device only with a reason it
// can prove). A site receives a citizen's dose history from other sites only when it holds a
// registration of theirs or a check-in that read their ID from a card or QR. An injection or a
// typed check-in with someone's ID is accepted, gets no history, and is flagged `history-withheld`.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DoseHistory, Registration } from '../../../src/domain/protocol';
import type { CheckinRecord } from '../../../src/domain/records';
import { pullAll, push } from '../helpers/api';
import { checkinRecord, injectionRecord } from '../../support/records';
import {
  createTestApp,
  enrollDevice,
  NURSE,
  OTHER_NURSE,
  OTHER_SITE,
  SITE,
  type Device,
  type TestApp,
} from '../helpers/test-app';
import { lotsRepo } from '../../../sync-server/src/store/repos/lots';
import { recordsRepo } from '../../../sync-server/src/sync/repos/records';
import { registrationsRepo } from '../../../sync-server/src/store/repos/registrations';

const CITIZEN = '001085123456';
const A = OTHER_SITE; // where the citizen was vaccinated
const B = SITE; // the site that asks
let t: TestApp;
let atA: Device;
let atB: Device;

beforeEach(async () => {
  t = await createTestApp();
  atA = await enrollDevice(t, A.id);
  atB = await enrollDevice(t, B.id);
  // The lots the doses name, so the only flags are the ones under test.
  const lot = (code: string) => ({
    lot: code,
    vaccine: 'PF',
    expiry: '2027-06-30',
    dosesAllocated: 100,
  });
  await t.store.transaction(async (tx) => {
    await lotsRepo(tx).put(A.id, [lot('FK1')]);
    await lotsRepo(tx).put(B.id, [lot('FK1234')]);
  });
  // Two doses at A, after a scan of the citizen's card there.
  const visit = (day: string) => `${A.id}:${day}:${CITIZEN}`;
  const doses = [1, 2].flatMap((n) => {
    const day = `2026-10-0${n}`;
    return [
      checkinRecord(A.id, OTHER_NURSE.id, { visitKey: visit(day) }),
      injectionRecord(A.id, OTHER_NURSE.id, {
        visitKey: visit(day),
        occurredAt: `${day}T09:40:00.000+07:00`,
        data: { vaccine: 'PF', lot: 'FK1', doseNumber: n, doseKind: 'primary', arm: 'left' },
      }),
    ];
  });
  expect((await push(t, atA, doses)).body.results.every((r) => r.status === 'accepted')).toBe(true);
});
afterEach(() => t.close());

async function historyAt(device: Device): Promise<DoseHistory | undefined> {
  let latest: DoseHistory | undefined;
  for (const page of await pullAll(t, device)) {
    for (const c of page.changes)
      if (c.entity === 'dose-history' && c.key === CITIZEN) latest = c.data;
  }
  return latest;
}

const atBToday = `${B.id}:2026-11-23:${CITIZEN}`;
const typedCheckin = (): CheckinRecord => {
  const scanned = checkinRecord(B.id, NURSE.id, { visitKey: atBToday });
  return { ...scanned, data: { ...scanned.data, method: 'manual' } };
};

describe('who receives a dose history', () => {
  it('not a site that pushes an injection with the ID: accepted, flagged, no history', async () => {
    const probe = injectionRecord(B.id, NURSE.id, { visitKey: atBToday });
    expect((await push(t, atB, [probe])).body.results[0]?.status).toBe('accepted');
    expect(await historyAt(atB)).toBeUndefined();
    expect(await recordsRepo(t.store).flagsOf(probe.id)).toEqual([
      expect.objectContaining({ field: 'visitKey', code: 'history-withheld' }),
    ]);
    // Nor do the citizen's later doses elsewhere reach it.
    await push(t, atA, [
      injectionRecord(A.id, OTHER_NURSE.id, {
        visitKey: `${A.id}:2026-11-24:${CITIZEN}`,
        occurredAt: '2026-11-24T09:40:00.000+07:00',
      }),
    ]);
    expect(await historyAt(atB)).toBeUndefined();
    expect((await historyAt(atA))?.doses).toHaveLength(4);
  });

  it('not a site that types the ID at a check-in: accepted, flagged, no history', async () => {
    const typed = typedCheckin();
    expect((await push(t, atB, [typed])).body.results[0]?.status).toBe('accepted');
    const injection = injectionRecord(B.id, NURSE.id, { visitKey: atBToday });
    expect((await push(t, atB, [injection])).body.results[0]?.status).toBe('accepted');
    expect(await historyAt(atB)).toBeUndefined();
    expect(await recordsRepo(t.store).flagsOf(typed.id)).toEqual([
      expect.objectContaining({ field: 'data.method', code: 'history-withheld' }),
    ]);
    expect(await recordsRepo(t.store).flagsOf(injection.id)).toEqual([
      expect.objectContaining({ code: 'history-withheld' }),
    ]);
  });

  it('a site whose check-in read the ID from a card: the history at once, method kept', async () => {
    const scanned = checkinRecord(B.id, NURSE.id, { visitKey: atBToday });
    expect((await push(t, atB, [scanned])).body.results[0]?.status).toBe('accepted');
    const history = await historyAt(atB);
    expect(history?.doses.map((d) => d.doseNumber)).toEqual([1, 2]);
    expect(history?.certificate).toBe('green');
    expect(await recordsRepo(t.store).flagsOf(scanned.id)).toEqual([]);
    // The stored record is the one pushed, scan kind included; another tablet of B gets it so.
    const stored = await recordsRepo(t.store).bodiesOf([scanned.id]);
    expect(JSON.parse(stored.get(scanned.id) ?? '{}')).toMatchObject({
      data: { method: 'cccd-qr' },
    });
    const other = await enrollDevice(t, B.id);
    const served = (await pullAll(t, other)).flatMap((p) => p.changes);
    expect(served.find((c) => c.key === scanned.id)?.data).toMatchObject({
      data: { method: 'cccd-qr' },
    });
    // Its own injection then is not flagged either.
    const injection = injectionRecord(B.id, NURSE.id, { visitKey: atBToday });
    await push(t, atB, [injection]);
    expect(await recordsRepo(t.store).flagsOf(injection.id)).toEqual([]);
  });

  it("a certificate's dose stated at a site's own check-in is history from that site alone", async () => {
    // A newcomer vaccinated abroad: B types their ID and records the certificate's dose.
    const newcomer = '079085005678';
    const visitKey = `${B.id}:2026-11-23:${newcomer}`;
    const typed = checkinRecord(B.id, NURSE.id, { visitKey });
    const checkin = {
      ...typed,
      data: {
        method: 'manual' as const,
        citizen: { ...typed.data.citizen, id: newcomer },
        priorDoses: [{ date: '2026-06-01', vaccine: 'PF', doseNumber: 1 }],
      },
    };
    const injection = injectionRecord(B.id, NURSE.id, { visitKey });
    await push(t, atB, [checkin, injection]);
    expect(await recordsRepo(t.store).flagsOf(checkin.id)).toEqual([]);
    expect(await recordsRepo(t.store).flagsOf(injection.id)).toEqual([]);
    // At A, which proves nothing of them, that dose is history from elsewhere: withheld.
    const probe = injectionRecord(A.id, OTHER_NURSE.id, {
      visitKey: `${A.id}:2026-11-24:${newcomer}`,
      occurredAt: '2026-11-24T09:40:00.000+07:00',
      data: { vaccine: 'PF', lot: 'FK1', doseNumber: 2, doseKind: 'primary', arm: 'left' },
    });
    await push(t, atA, [probe]);
    expect(await recordsRepo(t.store).flagsOf(probe.id)).toEqual([
      expect.objectContaining({ code: 'history-withheld' }),
    ]);
  });

  it('a site holding a registration of the citizen', async () => {
    const registration: Registration = {
      id: 'R-B',
      code: 'CB',
      sessionDate: '2026-11-23',
      priorityGroup: '9',
      citizen: { id: CITIZEN, fullName: 'Nguyễn Văn An', dob: '1985-04-12', sex: 'M' },
      previousDoses: [],
    };
    await registrationsRepo(t.store).put(B.id, [registration]);
    const injection = injectionRecord(B.id, NURSE.id, { visitKey: atBToday });
    await push(t, atB, [typedCheckin(), injection]);
    expect((await historyAt(atB))?.doses).toHaveLength(3);
    expect(await recordsRepo(t.store).flagsOf(injection.id)).toEqual([]);
  });
});
