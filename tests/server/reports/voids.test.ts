// A record made by mistake is voided by a correction with a reason. The voided
// dose leaves every count (report rows, /reports, the end-of-day figures, the citizen's dose
// history and certificate), FHIR shows it as entered-in-error, and only its author or the site
// lead may void it; a voided record cannot be voided again.
import { randomBytes } from 'node:crypto';
import type { Immunization } from 'fhir/r4';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DaySummary } from '../../../src/domain/day-summary';
import type { LocalDate } from '../../../src/domain/local-date';
import type { Change, DoseHistory } from '../../../src/domain/protocol';
import type { CorrectionRecord, InjectionRecord, VaxRecord } from '../../../src/domain/records';
import { progressReport } from '../../../sync-server/src/reports/progress';
import { pullAll, push } from '../helpers/api';
import { addOperator, getAs, signInCookie } from '../helpers/operators';
import {
  checkinRecord,
  correctionRecord,
  injectionRecord,
  screeningRecord,
} from '../../support/records';
import { addStaff, ADMIN } from '../helpers/staff';
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
import { operatorsRepo } from '../../../sync-server/src/operators/operators-repo';
import { citizenDosesRepo } from '../../../sync-server/src/sync/repos/citizen-doses';
import { qualityQueriesRepo } from '../../../sync-server/src/reports/queries/quality-queries';
import { recordsRepo } from '../../../sync-server/src/sync/repos/records';

const CITIZEN = '001085123456';
const DAY = '2026-11-23' as LocalDate;
const SECOND_NURSE = { id: 'N3', name: 'Y tá Hoa', role: 'nurse' as const };
let t: TestApp;
let tablet: Device;
let onlooker: Device;
let first: InjectionRecord;
let twice: InjectionRecord;

const voidOf = (target: VaxRecord, staffId: string, at = 60_000): CorrectionRecord => ({
  ...correctionRecord(target, staffId, {}),
  occurredAt: new Date(Date.parse(target.occurredAt) + at).toISOString().replace('Z', '+00:00'),
  data: { targetId: target.id, changes: {}, reason: 'Ghi trùng', void: 'duplicate' },
});

beforeEach(async () => {
  t = await createTestApp();
  await addStaff(t, [ADMIN, SECOND_NURSE]);
  [tablet, onlooker] = [await enrollDevice(t), await enrollDevice(t)];
  first = injectionRecord(SITE.id, NURSE.id);
  // The same dose recorded a second time by mistake.
  twice = injectionRecord(SITE.id, NURSE.id, {
    occurredAt: '2026-11-23T09:41:00.000+07:00',
    data: { vaccine: 'PF', lot: 'FK1234', doseNumber: 2, doseKind: 'primary', arm: 'left' },
  });
  const { body } = await push(t, tablet, [
    checkinRecord(SITE.id, NURSE.id),
    screeningRecord(SITE.id, NURSE.id),
    first,
    twice,
  ]);
  expect(body.results.map((r) => r.status)).toEqual(Array(4).fill('accepted'));
  await addOperator(t, 'nat', { kind: 'national' });
});
afterEach(() => t.close());

const resultOf = async (device: Device, record: VaxRecord) =>
  (await push(t, device, [record])).body.results[0];

async function immunization(id: string): Promise<Immunization> {
  const token = randomBytes(24).toString('base64url');
  await operatorsRepo(t.store).createSession('nat', token, new Date(), 3_600_000);
  const res = await t.app.inject({
    method: 'GET',
    url: `/fhir/r4/Immunization/${id}`,
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.statusCode).toBe(200);
  return res.json<Immunization>();
}

/** The doses as every reader of the server counts them. */
async function counts() {
  const changes: Change[] = (await pullAll(t, onlooker)).flatMap((p) => p.changes);
  const history = changes.filter((c) => c.entity === 'dose-history' && c.key === CITIZEN).at(-1)
    ?.data as DoseHistory | undefined;
  const day = await t.app.inject({
    method: 'GET',
    url: `/api/v1/reports/day?date=${DAY}`,
    headers: tablet.headers,
  });
  const page = await getAs(
    t,
    await signInCookie(t, 'nat'),
    `/reports?from=${DAY}&to=${DAY}&lang=en`,
  );
  return {
    report: (await progressReport(t.store, { kind: 'national' }, { from: DAY, to: DAY })).total,
    page: /Doses given: <strong>(\d+)<\/strong>/.exec(page.body.replace(/\s+/g, ' '))?.[1],
    day: day.json<DaySummary>().injected,
    history: history?.doses.map((d) => d.doseNumber),
    certificate: history?.certificate,
    citizenDoses: (await citizenDosesRepo(t.store).ofCitizens([CITIZEN])).map((r) => r.record_id),
    // The data-quality page's doses given twice (two doses of one citizen on one day).
    duplicates: await qualityQueriesRepo(t.store).duplicateCount({ kind: 'national' }, [DAY]),
  };
}

describe('voiding an injection', () => {
  it('takes the dose out of every count and shows it in FHIR as entered-in-error', async () => {
    expect(await counts()).toMatchObject({
      report: 2,
      page: '2',
      day: [
        { vaccine: 'PF', doseNumber: 1, count: 1 },
        { vaccine: 'PF', doseNumber: 2, count: 1 },
      ],
      history: [1, 2],
      certificate: 'green',
      duplicates: 2,
    });
    const voided = voidOf(twice, NURSE.id);
    expect((await resultOf(tablet, voided))?.status).toBe('accepted');

    expect(await counts()).toMatchObject({
      report: 1,
      page: '1',
      day: [{ vaccine: 'PF', doseNumber: 1, count: 1 }],
      history: [1],
      certificate: 'yellow',
      citizenDoses: [first.id],
      duplicates: 0,
    });
    expect((await immunization(twice.id)).status).toBe('entered-in-error');
    expect((await immunization(first.id)).status).toBe('completed');
    // The operator's page of the record says it was voided, why, by whom; the other one does not.
    const cookie = await signInCookie(t, 'nat');
    const recordPage = async (id: string) =>
      (await getAs(t, cookie, `/reports/records/${id}`)).body.replace(/\s+/g, ' ');
    expect(await recordPage(twice.id)).toMatch(
      new RegExp(`Đã huỷ</dt> <dd> Ghi trùng: Ghi trùng \\(bởi nhân viên ${NURSE.id} lúc`),
    );
    expect(await recordPage(first.id)).not.toContain('Đã huỷ');
    // The void itself reaches the site's other tablets, as every correction does.
    const served = (await pullAll(t, onlooker)).flatMap((p) => p.changes).map((c) => c.key);
    expect(served).toContain(voided.id);
  });

  it('counts nothing of an injection pushed together with its void', async () => {
    const mistake = injectionRecord(SITE.id, NURSE.id, {
      occurredAt: '2026-11-23T09:50:00.000+07:00',
    });
    const { body } = await push(t, tablet, [mistake, voidOf(mistake, NURSE.id)]);
    expect(body.results.map((r) => r.status)).toEqual(['accepted', 'accepted']);
    expect((await counts()).report).toBe(2);
    expect((await immunization(mistake.id)).status).toBe('entered-in-error');
  });

  it('refuses voiding a voided record, with the reason', async () => {
    expect((await resultOf(tablet, voidOf(twice, NURSE.id)))?.status).toBe('accepted');
    const again = await resultOf(tablet, voidOf(twice, ADMIN.id, 120_000));
    expect(again).toMatchObject({
      status: 'rejected',
      errors: [expect.objectContaining({ field: 'data.targetId', code: 'voided' })],
    });
    // A change of a voided record is refused alike, even in the same batch as the void.
    const mistake = injectionRecord(SITE.id, NURSE.id, {
      occurredAt: '2026-11-23T09:55:00.000+07:00',
    });
    const { body } = await push(t, tablet, [
      mistake,
      voidOf(mistake, NURSE.id),
      correctionRecord(
        mistake,
        NURSE.id,
        { 'data.lot': 'FK9999' },
        {
          occurredAt: '2026-11-23T09:57:00.000+07:00',
        },
      ),
    ]);
    expect(body.results.map((r) => r.errors?.[0]?.code ?? r.status)).toEqual([
      'accepted',
      'accepted',
      'voided',
    ]);
  });
});

describe('who may void', () => {
  it('lets the site lead void a dose another nurse recorded', async () => {
    expect((await resultOf(tablet, voidOf(twice, ADMIN.id)))?.status).toBe('accepted');
    expect((await counts()).report).toBe(1);
  });

  it('refuses another nurse of the site, and leaves the dose counted', async () => {
    const result = await resultOf(tablet, voidOf(twice, SECOND_NURSE.id));
    expect(result).toMatchObject({
      status: 'rejected',
      errors: [expect.objectContaining({ field: 'staffId', code: 'role' })],
    });
    expect((await counts()).report).toBe(2);
  });

  it("holds another site's void until the record arrives, then refuses it for good", async () => {
    const elsewhere = await enrollDevice(t, OTHER_SITE.id, 'other');
    const mistake = injectionRecord(SITE.id, NURSE.id, {
      occurredAt: '2026-11-23T09:58:00.000+07:00',
    });
    const foreign = { ...voidOf(mistake, OTHER_NURSE.id), siteId: OTHER_SITE.id };
    foreign.visitKey = foreign.visitKey.replace(`${SITE.id}:`, `${OTHER_SITE.id}:`);
    expect((await resultOf(elsewhere, foreign))?.status).toBe('accepted');
    expect(await recordsRepo(t.store).flagsOf(foreign.id)).toEqual([
      expect.objectContaining({ code: 'correction-held' }),
    ]);
    expect((await resultOf(tablet, mistake))?.status).toBe('accepted');
    expect(await recordsRepo(t.store).flagsOf(foreign.id)).toEqual([
      expect.objectContaining({ code: 'correction-refused' }),
    ]);
    expect((await counts()).report).toBe(3);
    expect((await immunization(mistake.id)).status).toBe('completed');
  });

  it('applies only the first of two held voids of one record', async () => {
    const mistake = injectionRecord(SITE.id, NURSE.id, {
      occurredAt: '2026-11-23T09:58:00.000+07:00',
    });
    const [a, b] = [voidOf(mistake, NURSE.id), voidOf(mistake, ADMIN.id, 120_000)];
    expect((await push(t, tablet, [b, a])).body.results.map((r) => r.status)).toEqual([
      'accepted',
      'accepted',
    ]);
    expect((await resultOf(tablet, mistake))?.status).toBe('accepted');
    expect(await recordsRepo(t.store).flagsOf(a.id)).toEqual([]);
    expect(await recordsRepo(t.store).flagsOf(b.id)).toEqual([
      expect.objectContaining({
        code: 'correction-refused',
        message: expect.stringMatching(/voided/),
      }),
    ]);
    expect((await counts()).report).toBe(2);
  });
});
