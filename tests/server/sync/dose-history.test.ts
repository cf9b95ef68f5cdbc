import type { LocalDate } from '../../../src/domain/local-date';
// Dose history and certificate status (docs/architecture.md §1): derived at ingest from every
// site's injection records, corrections applied, and pulled as `dose-history` changes by every site
// that proved it sees the citizen (docs/architecture.md §10): one holding a registration of theirs,
// or one whose check-in read their ID from a card or QR (history-proof.test.ts has the sites that
// proved nothing).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { DoseHistory, Registration } from '../../../src/domain/protocol';
import type { CorrectionRecord, PriorDose } from '../../../src/domain/records';
import { importRegistrations } from '../../../sync-server/src/admin/import-registrations';
import { pullAll, push } from '../helpers/api';
import { checkinRecord, correctionRecord, injectionRecord } from '../../support/records';
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
import { registrationsRepo } from '../../../sync-server/src/store/repos/registrations';
import { citizenDosesRepo } from '../../../sync-server/src/sync/repos/citizen-doses';
import { historiesOf } from '../../../sync-server/src/sync';

const CITIZEN = '001085123456';
let t: TestApp;
let tablet: Device;
beforeEach(async () => {
  t = await createTestApp();
  tablet = await enrollDevice(t);
});
afterEach(() => t.close());

function dose(date: string, doseNumber: number, siteId = SITE.id, staffId = NURSE.id) {
  return injectionRecord(siteId, staffId, {
    visitKey: `${siteId}:${date}:${CITIZEN}`,
    occurredAt: `${date}T09:40:00.000+07:00`,
    data: { vaccine: 'PF', lot: 'FK5127', doseNumber, doseKind: 'primary', arm: 'left' },
  });
}

/** A check-in on `date` where the desk verified a certificate stating these doses. */
const certifiedCheckin = (date: string, priorDoses: PriorDose[]) => {
  const checkin = checkinRecord(SITE.id, NURSE.id, {
    visitKey: `${SITE.id}:${date}:${CITIZEN}`,
    occurredAt: `${date}T09:15:00.000+07:00`,
  });
  return { ...checkin, data: { ...checkin.data, priorDoses } };
};

/** The citizen's doses as the server derives them now: [date, dose number, record id]. */
async function derivedDoses(): Promise<unknown[][]> {
  const [history] = await historiesOf(t.store, [CITIZEN]);
  return history!.data.doses.map((d) => [d.date, d.doseNumber, d.recordId]);
}

/** A check-in at the site that read the citizen's ID from their card. */
const scan = (siteId = SITE.id, staffId = NURSE.id) =>
  checkinRecord(siteId, staffId, { visitKey: `${siteId}:2026-10-01:${CITIZEN}` });

/** The latest dose history of each citizen the device has pulled. */
async function histories(device: Device): Promise<Map<string, DoseHistory>> {
  const latest = new Map<string, DoseHistory>();
  for (const page of await pullAll(t, device)) {
    for (const c of page.changes) if (c.entity === 'dose-history') latest.set(c.key, c.data);
  }
  return latest;
}

function registration(siteId: string, citizenId: string): Registration {
  return {
    id: `R-${siteId}`,
    code: `C${siteId}`,
    sessionDate: '2026-11-30',
    priorityGroup: '9',
    citizen: { id: citizenId, fullName: 'Nguyễn Văn An', dob: '1985-04-12', sex: 'M' },
    previousDoses: [],
  };
}

describe('dose history', () => {
  it('is yellow after dose 1 and green once the series is complete', async () => {
    const first = dose('2026-10-01', 1);
    await push(t, tablet, [scan(), first]);
    expect((await histories(tablet)).get(CITIZEN)).toEqual({
      citizenId: CITIZEN,
      doses: [{ date: '2026-10-01', vaccine: 'PF', doseNumber: 1, recordId: first.id }],
      certificate: 'yellow',
    });

    const second = dose('2026-11-01', 2);
    await push(t, tablet, [second]);
    const history = (await histories(tablet)).get(CITIZEN);
    expect(history?.certificate).toBe('green');
    expect(history?.doses.map((d) => [d.date, d.doseNumber, d.recordId])).toEqual([
      ['2026-10-01', 1, first.id],
      ['2026-11-01', 2, second.id],
    ]);
  });

  it('counts the doses a registration says were given before the platform recorded any', async () => {
    const reg = {
      ...registration(SITE.id, CITIZEN),
      previousDoses: [{ date: '2026-09-01', vaccine: 'PF', doseNumber: 1 }],
    };
    await registrationsRepo(t.store).put(SITE.id, [reg]);
    const second = dose('2026-11-01', 2);
    await push(t, tablet, [second]);
    const history = (await histories(tablet)).get(CITIZEN);
    expect(history?.doses.map((d) => [d.date, d.doseNumber])).toEqual([
      ['2026-09-01', 1],
      ['2026-11-01', 2],
    ]);
    expect(history?.certificate).toBe('green');
  });

  it("counts the dose a certificate stated at the visit's check-in, as the tablet does", async () => {
    // A citizen vaccinated abroad: their EU certificate says dose 1 of Comirnaty.
    const checkin = certifiedCheckin('2026-10-01', [
      { date: '2026-07-01', vaccine: 'PF', doseNumber: 1 },
    ]);
    const second = dose('2026-10-01', 2);
    await push(t, tablet, [checkin, second]);
    expect((await histories(tablet)).get(CITIZEN)).toEqual({
      citizenId: CITIZEN,
      doses: [
        { date: '2026-07-01', vaccine: 'PF', doseNumber: 1 },
        { date: '2026-10-01', vaccine: 'PF', doseNumber: 2, recordId: second.id },
      ],
      certificate: 'green',
    });
  });

  it('counts a certified dose the platform also recorded once', async () => {
    const first = dose('2026-07-01', 1);
    await push(t, tablet, [scan(), first]);
    // The citizen shows the certificate of that same dose at the next visit.
    const checkin = certifiedCheckin('2026-10-01', [
      { date: '2026-07-01', vaccine: 'PF', doseNumber: 1 },
    ]);
    const second = dose('2026-10-01', 2);
    await push(t, tablet, [checkin, second]);
    expect(await derivedDoses()).toEqual([
      ['2026-07-01', 1, first.id],
      ['2026-10-01', 2, second.id],
    ]);
    expect((await histories(tablet)).get(CITIZEN)?.certificate).toBe('green');
  });

  it('counts a certified dose whose check-in came after the injection, until it is voided', async () => {
    const second = dose('2026-10-01', 2);
    await push(t, tablet, [second]);
    expect(await derivedDoses()).toEqual([['2026-10-01', 2, second.id]]);

    const checkin = certifiedCheckin('2026-10-01', [
      { date: '2026-07-01', vaccine: 'PF', doseNumber: 1 },
    ]);
    await push(t, tablet, [checkin]);
    expect(await derivedDoses()).toEqual([
      ['2026-07-01', 1, undefined],
      ['2026-10-01', 2, second.id],
    ]);
    expect((await histories(tablet)).get(CITIZEN)?.doses).toHaveLength(2);

    const voided: CorrectionRecord = {
      ...correctionRecord(checkin, NURSE.id, {}),
      data: { targetId: checkin.id, changes: {}, reason: 'Nhầm người', void: 'wrong-person' },
    };
    await push(t, tablet, [voided]);
    expect(await derivedDoses()).toEqual([['2026-10-01', 2, second.id]]);
  });

  it('follows corrections, including one that arrived before its injection', async () => {
    const first = dose('2026-10-01', 1);
    const second = dose('2026-11-01', 2);
    const early = correctionRecord(second, NURSE.id, { 'data.vaccine': 'MD' });
    await push(t, tablet, [scan(), first, early]);
    await push(t, tablet, [second]);
    expect((await histories(tablet)).get(CITIZEN)?.doses.map((d) => d.vaccine)).toEqual([
      'PF',
      'MD',
    ]);

    const back = correctionRecord(
      second,
      NURSE.id,
      { 'data.vaccine': 'PF', 'data.lot': 'FL8095' },
      {
        occurredAt: '2026-11-01T12:00:00.000+07:00',
      },
    );
    await push(t, tablet, [back]);
    expect((await histories(tablet)).get(CITIZEN)?.doses.map((d) => d.vaccine)).toEqual([
      'PF',
      'PF',
    ]);
    expect(await citizenDosesRepo(t.store).ofCitizens([CITIZEN])).toHaveLength(2);
  });

  it('reaches the sites that scanned the citizen or hold a registration of theirs, and only those', async () => {
    await registrationsRepo(t.store).put(OTHER_SITE.id, [registration(OTHER_SITE.id, CITIZEN)]);
    const elsewhere = await enrollDevice(t, OTHER_SITE.id);
    await push(t, tablet, [scan(), dose('2026-10-01', 1)]);
    expect((await histories(elsewhere)).get(CITIZEN)?.certificate).toBe('yellow');

    // The second dose, given at the other site, completes the series for both sites.
    await push(t, elsewhere, [dose('2026-11-01', 2, OTHER_SITE.id, OTHER_NURSE.id)]);
    expect((await histories(elsewhere)).get(CITIZEN)?.certificate).toBe('green');
    expect((await histories(tablet)).get(CITIZEN)?.doses).toHaveLength(2);

    const stranger = '079190004321';
    await push(t, tablet, [
      injectionRecord(SITE.id, NURSE.id, {
        visitKey: `${SITE.id}:2026-10-02:${stranger}`,
        occurredAt: '2026-10-02T09:40:00.000+07:00',
      }),
    ]);
    // Giving a dose proves nothing: without a scan or a registration, not even this site hears.
    expect((await histories(elsewhere)).has(stranger)).toBe(false);
    expect((await histories(tablet)).has(stranger)).toBe(false);
  });

  it('reaches a site that imports a registration of the citizen later', async () => {
    await push(t, tablet, [dose('2026-10-01', 1)]);
    const csv = `code,full_name,dob,sex,id_number\nREG001,Nguyễn Văn An,1985-04-12,M,${CITIZEN}\n`;
    const report = await importRegistrations(t.store, OTHER_SITE.id, csv, {
      sessionDate: '2026-11-30' as LocalDate,
    });
    expect(report.errors).toEqual([]);
    const elsewhere = await enrollDevice(t, OTHER_SITE.id);
    expect((await histories(elsewhere)).get(CITIZEN)?.certificate).toBe('yellow');
  });

  it('takes the citizen of a provisional visit from its check-in', async () => {
    const visitKey = `${SITE.id}:2026-11-23:${uuidv7()}`;
    // Its card scanned: this site may hear of the dose.
    const checkin = checkinRecord(SITE.id, NURSE.id, { visitKey });
    const injection = injectionRecord(SITE.id, NURSE.id, { visitKey });
    await push(t, tablet, [checkin, injection]);
    expect((await histories(tablet)).get(CITIZEN)?.doses).toEqual([
      expect.objectContaining({ recordId: injection.id }),
    ]);

    // With no ID known at all, there is no citizen to file the dose under.
    const anonymous = injectionRecord(SITE.id, NURSE.id, {
      visitKey: `${SITE.id}:2026-11-23:${uuidv7()}`,
    });
    await push(t, tablet, [anonymous]);
    expect(await citizenDosesRepo(t.store).citizensOfRecords([anonymous.id])).toEqual(new Map());
  });

  it('a batch without injections or corrections adds no dose history', async () => {
    await push(t, tablet, [checkinRecord(SITE.id, NURSE.id)]);
    expect((await histories(tablet)).size).toBe(0);
  });
});
