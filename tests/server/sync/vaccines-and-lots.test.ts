// Made-up vaccines were counted as doses (about 30 of them in the national
// table). A dose's vaccine is a code of the vaccine table or the record is refused; a dose from a
// lot the site was never given is a real dose with a doubtful lot: stored, and flagged.
import type { Bundle } from 'fhir/r4';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../sync-server/src/admin/commands';
import { CCCD_SYSTEM } from '../../../sync-server/src/fhir/codes';
import { push } from '../helpers/api';
import { addOperator, getAs, signInCookie } from '../helpers/operators';
import { onPostgres } from '../helpers/test-database';
import { correctionRecord, injectionRecord } from '../../support/records';
import {
  createTestApp,
  enrollDevice,
  NURSE,
  OTHER_SITE,
  SITE,
  type Device,
  type TestApp,
} from '../helpers/test-app';
import { lotsRepo } from '../../../sync-server/src/store/repos/lots';
import { recordsRepo } from '../../../sync-server/src/sync/repos/records';
import { progressQueriesRepo } from '../../../sync-server/src/reports/queries/progress-queries';

const CITIZEN = '001085123456'; // the records helper's citizen
const DAY = '2026-11-23';
const RANGE = `from=${DAY}&to=${DAY}`;
const NATIONAL = { kind: 'national' } as const;

let t: TestApp;
let device: Device;
let cookie: string;
async function start(options: { writerThread?: boolean } = {}) {
  t = await createTestApp(options);
  device = await enrollDevice(t);
  const lot = (code: string) => ({
    lot: code,
    vaccine: 'PF',
    expiry: '2027-06-30',
    dosesAllocated: 60,
  });
  await t.store.transaction(async (tx) => {
    await lotsRepo(tx).put(SITE.id, [lot('FK1234')]);
    await lotsRepo(tx).put(OTHER_SITE.id, [lot('FK7777')]);
  });
  await addOperator(t, 'nat', NATIONAL);
  cookie = await signInCookie(t, 'nat');
}
beforeEach(() => start());
afterEach(() => t.close());

const dose = (vaccine: string, lot = 'FK1234') =>
  injectionRecord(SITE.id, NURSE.id, {
    data: { vaccine, lot, doseNumber: 1, doseKind: 'primary', arm: 'left' },
  });

async function immunizations(): Promise<number> {
  const identifier = encodeURIComponent(`${CCCD_SYSTEM}|${CITIZEN}`);
  const res = await getAs(t, cookie, `/fhir/r4/Immunization?patient.identifier=${identifier}`);
  return res.json<Bundle>().entry?.length ?? 0;
}

describe('vaccines', () => {
  it('refuses a dose of a vaccine not in the table, and counts it nowhere', async () => {
    const made = [dose('Made-up Vax'), dose('comirnaty'), dose('pf')];
    const res = await push(t, device, made);
    expect(res.body.results.map((r) => r.errors?.map((e) => `${e.field}:${e.code}`))).toEqual([
      ['data.vaccine:unknown-vaccine'],
      ['data.vaccine:unknown-vaccine'],
      ['data.vaccine:not-canonical'],
    ]);
    expect(res.body.results[0]?.errors?.[0]?.message).toContain('AZ, PF');
    expect(await recordsRepo(t.store).countForSite(SITE.id)).toBe(0);
    expect(await progressQueriesRepo(t.store).byVaccineAndNumber(NATIONAL, [DAY])).toEqual([]);
    expect(await immunizations()).toBe(0);
    const table = await getAs(t, cookie, `/reports?${RANGE}&format=csv&table=by-vaccine`);
    expect(table.body).not.toMatch(/Made-up|comirnaty/);
  });

  it('refuses a correction that would make a dose an unknown vaccine, with or without its target', async () => {
    const stored = dose('PF');
    await push(t, device, [stored]);
    const toUnknown = correctionRecord(stored, NURSE.id, { 'data.vaccine': 'XX' });
    const early = correctionRecord(dose('PF'), NURSE.id, { 'data.vaccine': 'XX' });
    const res = await push(t, device, [toUnknown, early]);
    expect(res.body.results.map((r) => r.errors?.map((e) => `${e.field}:${e.code}`))).toEqual([
      ['data.changes.data.vaccine:unknown-vaccine'],
      ['data.changes.data.vaccine:unknown-vaccine'],
    ]);
    expect(await progressQueriesRepo(t.store).byVaccineAndNumber(NATIONAL, [DAY])).toEqual([
      { vaccine: 'PF', doseNumber: 1, doses: 1 },
    ]);
  });

  it('lets no operator give a site a lot of an unknown vaccine', async () => {
    const options = { site: SITE.id, lot: 'XX1', expiry: '2027-01-31', doses: '10' };
    await expect(
      COMMANDS['lot:create']!.run(t.store, { ...options, vaccine: 'Made-up Vax' }),
    ).rejects.toThrow(/--vaccine "Made-up Vax": Not a vaccine of the table; one of AZ, PF/);
    await COMMANDS['lot:create']!.run(t.store, { ...options, vaccine: 'AZ' });
  });
});

describe('lots', () => {
  it('accepts a dose from a lot the site was never given, flags it, and shows it on the quality page', async () => {
    const known = dose('PF', 'FK1234');
    const unknown = dose('PF', 'ZZ404');
    const elsewhere = dose('PF', 'FK7777'); // given to the other site, not this one
    const res = await push(t, device, [known, unknown, elsewhere]);
    expect(res.body.results.map((r) => r.status)).toEqual(['accepted', 'accepted', 'accepted']);
    expect(await recordsRepo(t.store).flagsOf(known.id)).toEqual([]);
    for (const [record, lot] of [
      [unknown, 'ZZ404'],
      [elsewhere, 'FK7777'],
    ] as const) {
      expect(await recordsRepo(t.store).flagsOf(record.id)).toEqual([
        {
          field: 'data.lot',
          code: 'unknown-lot',
          message: `Lot ${lot} was never given to site S1`,
        },
      ]);
    }
    // Still a dose someone received: counted, with its doubtful lot shown for a second look.
    expect(await progressQueriesRepo(t.store).byVaccineAndNumber(NATIONAL, [DAY])).toEqual([
      { vaccine: 'PF', doseNumber: 1, doses: 3 },
    ]);
    const counts = await getAs(t, cookie, `/reports/quality?${RANGE}&format=csv`);
    expect(counts.body).toContain('unknown-lot,2');
    const page = await getAs(t, cookie, `/reports/quality?${RANGE}`);
    expect(page.body).toContain('Lô vắc xin chưa từng cấp cho điểm tiêm');
    const list = await getAs(t, cookie, `/reports/quality/unknown-lot?${RANGE}`);
    expect(list.body).toContain(`/reports/records/${unknown.id}`);
    expect(list.body).toContain(`/reports/records/${elsewhere.id}`);
    expect(list.body).not.toContain(`/reports/records/${known.id}`);
  });

  it('flags a correction that sets a lot the site was never given', async () => {
    const stored = dose('PF');
    const fix = correctionRecord(stored, NURSE.id, { 'data.lot': 'ZZ405' });
    const good = correctionRecord(stored, NURSE.id, { 'data.lot': 'FK1234' });
    await push(t, device, [stored, fix, good]);
    expect(await recordsRepo(t.store).flagsOf(fix.id)).toEqual([
      {
        field: 'data.changes.data.lot',
        code: 'unknown-lot',
        message: 'Lot ZZ405 was never given to site S1',
      },
    ]);
    expect(await recordsRepo(t.store).flagsOf(good.id)).toEqual([]);
  });

  it.skipIf(onPostgres)(
    'flags it the same when the SQLite writer thread stores the batch',
    async () => {
      await t.close();
      await start({ writerThread: true });
      const unknown = dose('PF', 'ZZ406');
      const known = dose('PF', 'FK1234');
      await push(t, device, [unknown, known]);
      expect((await recordsRepo(t.store).flagsOf(unknown.id)).map((f) => f.code)).toEqual([
        'unknown-lot',
      ]);
      expect(await recordsRepo(t.store).flagsOf(known.id)).toEqual([]);
    },
  );
});
