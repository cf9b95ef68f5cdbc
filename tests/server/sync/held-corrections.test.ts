// Held corrections (docs/architecture.md §10: authority is checked when a record takes effect). A
// correction is judged when it meets its target: at arrival if the target is there, else when the
// target arrives. Until then it is held (applied nowhere, not served to other tablets, listed on
// the data-quality pages); one whose author lacked authority then is never applied, and listed too.
// Applied corrections agree everywhere: tablet pull, dose histories, report dose rows, FHIR.
import { randomBytes } from 'node:crypto';
import type { Immunization } from 'fhir/r4';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Change } from '../../../src/domain/protocol';
import type { InjectionRecord, VaxRecord } from '../../../src/domain/records';
import { createPasswordVerifier } from '../../../sync-server/src/operators/password';
import { pullAll, push } from '../helpers/api';
import { getAs, signInCookie } from '../helpers/operators';
import { checkinRecord, correctionRecord, injectionRecord } from '../../support/records';
import { addStaff, VOLUNTEER } from '../helpers/staff';
import {
  createTestApp,
  enrollDevice,
  NURSE,
  SITE,
  type Device,
  type TestApp,
} from '../helpers/test-app';
import { operatorsRepo } from '../../../sync-server/src/operators/operators-repo';
import { citizenDosesRepo } from '../../../sync-server/src/sync/repos/citizen-doses';
import { recordsRepo } from '../../../sync-server/src/sync/repos/records';

const CITIZEN = '001085123456';
const RANGE = 'from=2026-11-20&to=2026-11-25';
let t: TestApp;
let volunteerTablet: Device;
let nurseTablet: Device;
let onlooker: Device;
let injection: InjectionRecord;

beforeEach(async () => {
  t = await createTestApp();
  await addStaff(t, [VOLUNTEER]);
  [volunteerTablet, nurseTablet, onlooker] = [
    await enrollDevice(t),
    await enrollDevice(t),
    await enrollDevice(t),
  ];
  // The citizen's card was scanned at the desk, so the site hears of their doses.
  expect((await push(t, nurseTablet, [checkinRecord(SITE.id, VOLUNTEER.id)])).status).toBe(200);
  // Not pushed yet.
  injection = injectionRecord(SITE.id, NURSE.id, {
    data: { vaccine: 'PF', lot: 'FK1234', doseNumber: 1, doseKind: 'primary', arm: 'left' },
  });
  const password = await createPasswordVerifier('correct horse battery', 1000);
  await operatorsRepo(t.store).create(
    { id: 'nat', name: 'nat', scope: { kind: 'national' }, password },
    new Date(),
  );
});
afterEach(() => t.close());

const statusOf = async (device: Device, record: VaxRecord) =>
  (await push(t, device, [record])).body.results[0];

/** The injection as every reader of the server now sees it. */
async function doseEverywhere() {
  const changes: Change[] = (await pullAll(t, onlooker)).flatMap((p) => p.changes);
  const history = changes.filter((c) => c.entity === 'dose-history' && c.key === CITIZEN).at(-1);
  const db = t.db.kysely();
  const report = await db
    .selectFrom('report_doses')
    .select(['vaccine', 'dose_number'])
    .where('record_id', '=', injection.id)
    .execute();
  await db.destroy();
  const token = randomBytes(24).toString('base64url');
  await operatorsRepo(t.store).createSession('nat', token, new Date(), 3_600_000);
  const fhir = await t.app.inject({
    method: 'GET',
    url: `/fhir/r4/Immunization/${injection.id}`,
    headers: { authorization: `Bearer ${token}` },
  });
  const immunization = fhir.json<Immunization>();
  return {
    servedRecords: changes.filter((c) => c.entity === 'record').map((c) => c.key),
    history: (history?.data as { doses: { vaccine: string; doseNumber: number }[] } | undefined)
      ?.doses,
    citizenDoses: (await citizenDosesRepo(t.store).ofCitizens([CITIZEN])).map((r) => [
      r.vaccine,
      r.dose_number,
    ]),
    report: report.map((r) => [r.vaccine, Number(r.dose_number)]),
    fhir: [
      immunization.vaccineCode?.text,
      immunization.protocolApplied?.[0]?.doseNumberPositiveInt,
    ],
  };
}

async function qualityList(code: string): Promise<string> {
  const cookie = await signInCookie(t, 'nat', 'correct horse battery');
  const page = await getAs(t, cookie, `/reports/quality/${code}?${RANGE}&lang=en`);
  expect(page.statusCode).toBe(200);
  return page.body;
}

const CHANGES = { 'data.vaccine': 'MD', 'data.doseNumber': 3 };

describe('a correction that arrives before its target', () => {
  it("a volunteer's correction of an injection is never applied, and is listed", async () => {
    const attack = correctionRecord(injection, VOLUNTEER.id, CHANGES);
    expect((await statusOf(volunteerTablet, attack))?.status).toBe('accepted');
    expect((await statusOf(nurseTablet, injection))?.status).toBe('accepted');

    const seen = await doseEverywhere();
    expect(seen.servedRecords).toContain(injection.id);
    expect(seen.servedRecords).not.toContain(attack.id);
    expect(seen.history).toEqual([expect.objectContaining({ vaccine: 'PF', doseNumber: 1 })]);
    expect(seen.citizenDoses).toEqual([['PF', 1]]);
    expect(seen.report).toEqual([['PF', 1]]);
    expect(seen.fhir).toEqual(['Comirnaty (Pfizer-BioNTech)', 1]);

    expect(await recordsRepo(t.store).flagsOf(attack.id)).toEqual([
      expect.objectContaining({
        code: 'correction-refused',
        message: expect.stringMatching(/volunteer/),
      }),
    ]);
    const list = await qualityList('correction-refused');
    expect(list).toContain(`/reports/records/${attack.id}`);
    expect(list).toContain('volunteer may not correct injection records');
  });

  it("a nurse's correction is applied once its target arrives, everywhere alike", async () => {
    const early = correctionRecord(injection, NURSE.id, CHANGES);
    expect((await statusOf(nurseTablet, early))?.status).toBe('accepted');
    // Held meanwhile: nothing to apply it to, and not served.
    expect((await doseEverywhere()).servedRecords).not.toContain(early.id);
    expect(await recordsRepo(t.store).flagsOf(early.id)).toEqual([
      expect.objectContaining({ code: 'correction-held' }),
    ]);

    expect((await statusOf(nurseTablet, injection))?.status).toBe('accepted');
    const seen = await doseEverywhere();
    expect(seen.servedRecords).toEqual(expect.arrayContaining([injection.id, early.id]));
    expect(seen.history).toEqual([expect.objectContaining({ vaccine: 'MD', doseNumber: 3 })]);
    expect(seen.citizenDoses).toEqual([['MD', 3]]);
    expect(seen.report).toEqual([['MD', 3]]);
    expect(seen.fhir).toEqual(['Spikevax (Moderna)', 3]);
    expect(await recordsRepo(t.store).flagsOf(early.id)).toEqual([]);
  });

  it('a correction of nothing stays held and listed', async () => {
    const orphan = correctionRecord(injection, NURSE.id, CHANGES);
    expect((await statusOf(nurseTablet, orphan))?.status).toBe('accepted');
    expect((await statusOf(nurseTablet, checkinRecord(SITE.id, VOLUNTEER.id)))?.status).toBe(
      'accepted',
    );
    expect((await doseEverywhere()).servedRecords).not.toContain(orphan.id);
    expect(await recordsRepo(t.store).flagsOf(orphan.id)).toEqual([
      expect.objectContaining({ field: 'data.targetId', code: 'correction-held' }),
    ]);
    const list = await qualityList('correction-held');
    expect(list).toContain(`/reports/records/${orphan.id}`);
    expect(list).toContain('The corrected record has not arrived');
  });
});

describe('what a correction may name', () => {
  it.each([
    [{ 'data.citizen': { id: '079190004321' } }, 'data.changes.data.citizen'],
    [{ siteId: 'S2' }, 'data.changes.siteId'],
    [{ 'data.vaccine': 'MD', visitKey: 'S1:2026-11-23:079190004321' }, 'data.changes.visitKey'],
  ])('rejects changes %j, target or not', async (changes, field) => {
    await push(t, nurseTablet, [injection]);
    const stored = correctionRecord(injection, NURSE.id, changes);
    const missing = correctionRecord(injectionRecord(SITE.id, NURSE.id), NURSE.id, changes);
    const { body } = await push(t, nurseTablet, [stored, missing]);
    for (const result of body.results) {
      expect(result).toMatchObject({
        status: 'rejected',
        errors: [expect.objectContaining({ field, code: 'not-correctable' })],
      });
    }
  });
});
