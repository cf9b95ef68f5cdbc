// The same record pushed again with its id spelt another way (upper case,
// mixed case, braces, urn:uuid:, no dashes) was stored as a new record: one dose three times in
// the records, the reports' dose rows and FHIR. Identifiers have one spelling
// (docs/architecture.md §10), so every other spelling is refused with the reason not-canonical, and
// the dose stays one dose.
import type { Bundle } from 'fhir/r4';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../sync-server/src/admin/commands';
import { CCCD_SYSTEM } from '../../../sync-server/src/fhir/codes';
import { push } from '../helpers/api';
import { addOperator, signInCookie } from '../helpers/operators';
import { checkinRecord, correctionRecord, injectionRecord } from '../../support/records';
import {
  createTestApp,
  enrollDevice,
  NURSE,
  SITE,
  type Device,
  type TestApp,
} from '../helpers/test-app';
import { recordsRepo } from '../../../sync-server/src/sync/repos/records';
import { progressQueriesRepo } from '../../../sync-server/src/reports/queries/progress-queries';

const CITIZEN = '001085123456'; // the records helper's citizen
const DAY = '2026-11-23';

let t: TestApp;
let device: Device;
beforeEach(async () => {
  t = await createTestApp();
  device = await enrollDevice(t);
});
afterEach(() => t.close());

const respellings = (id: string) => [
  id.toUpperCase(),
  id.slice(0, 9) + id.slice(9).toUpperCase(),
  `{${id}}`,
  `urn:uuid:${id}`,
  id.replaceAll('-', ''),
  ` ${id}`,
];

async function immunizationsOf(citizenId: string): Promise<number> {
  await addOperator(t, 'nat', { kind: 'national' });
  const cookie = await signInCookie(t, 'nat');
  const identifier = encodeURIComponent(`${CCCD_SYSTEM}|${citizenId}`);
  const res = await t.app.inject({
    method: 'GET',
    url: `/fhir/r4/Immunization?patient.identifier=${identifier}`,
    headers: { cookie },
  });
  expect(res.statusCode).toBe(200);
  return res.json<Bundle>().entry?.length ?? 0;
}

describe('one dose, however its id is spelt', () => {
  it('refuses every other spelling of a stored id: one record, one dose row, one Immunization', async () => {
    const dose = injectionRecord(SITE.id, NURSE.id);
    expect((await push(t, device, [dose])).body.results[0]?.status).toBe('accepted');

    const again = respellings(dose.id).map((id) => ({ ...dose, id }));
    const res = await push(t, device, again);
    expect(res.status).toBe(200);
    expect(
      res.body.results.map((r) => [r.status, r.errors?.map((e) => `${e.field}:${e.code}`)]),
    ).toEqual(again.map(() => ['rejected', ['id:not-canonical']]));
    // The reason names the one spelling the server takes.
    expect(res.body.results[0]?.errors?.[0]?.message).toContain(dose.id);

    expect(await recordsRepo(t.store).countForSite(SITE.id)).toBe(1);
    expect(
      await progressQueriesRepo(t.store).byVaccineAndNumber({ kind: 'national' }, [DAY]),
    ).toEqual([{ vaccine: 'PF', doseNumber: 1, doses: 1 }]);
    expect(await immunizationsOf(CITIZEN)).toBe(1);
  });

  it('refuses a new record whose id, visit key, correction target or registration is misspelt', async () => {
    const dose = injectionRecord(SITE.id, NURSE.id);
    await push(t, device, [dose]);
    const upperKey = injectionRecord(SITE.id, NURSE.id, {
      visitKey: `${SITE.id}:${DAY}:${dose.id.toUpperCase()}`,
    });
    const spacedKey = injectionRecord(SITE.id, NURSE.id, {
      visitKey: `${SITE.id}:${DAY}:001 085 123 456`,
    });
    const fullWidthId = checkinRecord(SITE.id, NURSE.id, {
      data: {
        method: 'manual',
        citizen: {
          id: '００１０８５１２３４５６',
          fullName: 'Nguyễn Văn An',
          dob: '1985-04-12',
          sex: 'M',
        },
      },
    });
    const correction = correctionRecord(dose, NURSE.id, { 'data.doseNumber': 2 });
    correction.data.targetId = dose.id.toUpperCase();
    const registration = checkinRecord(SITE.id, NURSE.id, {
      data: {
        method: 'registration-qr',
        registrationId: '{01a208cd-7ed8-7133-b4e2-000000000001}',
        citizen: { id: CITIZEN, fullName: 'Nguyễn Văn An', dob: '1985-04-12', sex: 'M' },
      },
    });
    const res = await push(t, device, [upperKey, spacedKey, fullWidthId, correction, registration]);
    expect(res.body.results.map((r) => r.errors?.map((e) => `${e.field}:${e.code}`))).toEqual([
      ['visitKey:not-canonical'],
      ['visitKey:not-canonical'],
      ['data.citizen.id:not-canonical'],
      ['data.targetId:not-canonical'],
      ['data.registrationId:not-canonical'],
    ]);
    expect(await recordsRepo(t.store).countForSite(SITE.id)).toBe(1);
    expect(await immunizationsOf(CITIZEN)).toBe(1);
  });
});

describe('other identifiers at the edges', () => {
  it('answers 400 to a pull cursor spelt otherwise than the server gave it', async () => {
    const pull = (cursor: string) =>
      t.app.inject({
        method: 'GET',
        url: `/api/v1/sync/pull?cursor=${encodeURIComponent(cursor)}`,
        headers: device.headers,
      });
    const first = await pull('');
    expect(first.statusCode).toBe(200);
    const cursor = first.json<{ cursor: string }>().cursor;
    expect((await pull(cursor)).statusCode).toBe(200);
    // `v1:0` is djE6MA; djE6MB decodes to the same bytes (the low bits are dropped).
    expect(Buffer.from('djE6MB', 'base64url').toString()).toBe('v1:0');
    expect((await pull('djE6MB')).statusCode).toBe(400);
    expect((await pull('djE6MA==')).statusCode).toBe(400);
  });

  it('finds a Patient by the id the server gave it, not by its upper-case spelling', async () => {
    await push(t, device, [injectionRecord(SITE.id, NURSE.id)]);
    await addOperator(t, 'nat', { kind: 'national' });
    const cookie = await signInCookie(t, 'nat');
    const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
    const identifier = encodeURIComponent(`${CCCD_SYSTEM}|${CITIZEN}`);
    const found = (await get(`/fhir/r4/Patient?identifier=${identifier}`)).json<Bundle>();
    const id = found.entry?.[0]?.resource?.id ?? '';
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect((await get(`/fhir/r4/Patient/${id}`)).statusCode).toBe(200);
    expect((await get(`/fhir/r4/Patient/${id.toUpperCase()}`)).statusCode).toBe(404);
    const spaced = encodeURIComponent(`${CCCD_SYSTEM}|001 085 123 456`);
    expect((await get(`/fhir/r4/Patient?identifier=${spaced}`)).json<Bundle>().entry ?? []).toEqual(
      [],
    );
  });
});

describe('admin commands', () => {
  const run = (command: string, options: Record<string, string>) =>
    COMMANDS[command]!.run(t.store, options);

  it('refuses a site, staff member or lot that differs from a stored one only in case', async () => {
    await expect(
      run('site:create', { id: SITE.id.toLowerCase(), name: 'Twin', province: '79' }),
    ).rejects.toThrow(`site "${SITE.id}" already exists; use that spelling, not "s1"`);
    await expect(
      run('staff:create', {
        site: SITE.id,
        id: NURSE.id.toLowerCase(),
        name: 'Twin',
        role: 'nurse',
      }),
    ).rejects.toThrow(`staff "${NURSE.id}" already exists`);
    const lot = { site: SITE.id, vaccine: 'PF', expiry: '2027-01-31', doses: '10' };
    await run('lot:create', { ...lot, lot: 'FK1234' });
    await expect(run('lot:create', { ...lot, lot: 'fk1234' })).rejects.toThrow(
      'lot "FK1234" already exists',
    );
    // Saving the same spelling again is an update, as before.
    await run('staff:create', { site: SITE.id, id: NURSE.id, name: 'Y tá Lan', role: 'nurse' });
    await run('lot:create', { ...lot, lot: 'FK1234', doses: '20' });
  });

  it('refuses ids that are not plain ASCII codes, and device ids not spelt as UUIDs', async () => {
    await expect(
      run('staff:create', { site: SITE.id, id: 'Ｎ９', name: 'X', role: 'nurse' }),
    ).rejects.toThrow('--id "Ｎ９": Must be written in plain ASCII, nothing around it: N9');
    await expect(
      run('lot:create', {
        site: SITE.id,
        lot: 'FK 1',
        vaccine: 'PF',
        expiry: '2027-01-31',
        doses: '1',
      }),
    ).rejects.toThrow('--lot "FK 1"');
    await expect(run('device:revoke', { device: device.deviceId.toUpperCase() })).rejects.toThrow(
      `Must be a UUID in lower case with dashes and nothing around it: ${device.deviceId}`,
    );
    expect(await run('device:revoke', { device: device.deviceId })).toEqual([
      `Device ${device.deviceId} revoked`,
    ]);
  });
});
