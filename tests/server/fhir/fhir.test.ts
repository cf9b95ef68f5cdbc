// The read-only FHIR R4 API (interoperability): Patient and Immunization built from records pushed
// through the sync API (corrections applied), every answer valid against the official FHIR R4
// JSON schema, each operator limited to its scope, and no ID number in a path or a log line.
import { randomBytes } from 'node:crypto';
import type { Bundle, Immunization, Patient } from 'fhir/r4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { OperatorScope } from '../../../sync-server/src/operators/operator-auth';
import { CCCD_SYSTEM, CMND_SYSTEM, CVX_SYSTEM } from '../../../sync-server/src/fhir/codes';
import { createPasswordVerifier } from '../../../sync-server/src/operators/password';
import { push } from '../helpers/api';
import { fhirErrors, withContained } from '../helpers/fhir-schema';
import { AN, BINH, CHI, seedFhirCitizens, THIRD_SITE } from '../helpers/fhir-seed';
import { correctionRecord } from '../../support/records';
import {
  createTestApp,
  enrollDevice,
  OTHER_NURSE,
  OTHER_SITE,
  SITE,
  type TestApp,
} from '../helpers/test-app';
import { operatorsRepo } from '../../../sync-server/src/operators/operators-repo';

let t: TestApp;
let seeded: Awaited<ReturnType<typeof seedFhirCitizens>>;
const logLines: string[] = [];
const tokens = new Map<string, string>();

async function signIn(id: string, scope: OperatorScope): Promise<void> {
  const password = await createPasswordVerifier('correct horse battery', 1000);
  await operatorsRepo(t.store).create({ id, name: id, scope, password }, new Date());
  const token = randomBytes(24).toString('base64url');
  await operatorsRepo(t.store).createSession(id, token, new Date(), 3_600_000);
  tokens.set(id, token);
}

/** GET as an operator. Every FHIR answer, whatever its status, must be valid R4. */
async function get<T = Bundle>(url: string, who: string | null = 'national') {
  const token = who === null ? undefined : tokens.get(who);
  const headers = token ? { authorization: `Bearer ${token}` } : {};
  const res = await t.app.inject({ method: 'GET', url, headers });
  const body = res.json<T & { resourceType?: string }>();
  if (body.resourceType !== undefined) {
    expect(res.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
    for (const resource of withContained(body)) expect(fhirErrors(resource)).toEqual([]);
  }
  return { status: res.statusCode, body };
}

const token = (system: string, id: string) => encodeURIComponent(`${system}|${id}`);
const patientsOf = (id: string) => `/fhir/r4/Patient?identifier=${token(CCCD_SYSTEM, id)}`;
const dosesOf = (id: string) =>
  `/fhir/r4/Immunization?patient.identifier=${token(CCCD_SYSTEM, id)}`;
const entries = <T>(bundle: Bundle) => (bundle.entry ?? []).map((e) => e.resource as T);

beforeAll(async () => {
  t = await createTestApp({ withStatic: true, logStream: { write: (l) => logLines.push(l) } });
  seeded = await seedFhirCitizens(t);
  await signIn('national', { kind: 'national' });
  await signIn('hcm', { kind: 'province', province: SITE.province });
  await signIn('hanoi', { kind: 'province', province: THIRD_SITE.province });
  await signIn('s3', { kind: 'site', siteId: THIRD_SITE.id });
});
afterAll(() => t.close());

describe('FHIR API', () => {
  it('describes itself publicly; everything else needs an operator token', async () => {
    const { status, body } = await get('/fhir/r4/metadata', null);
    expect([status, body]).toMatchObject([200, { resourceType: 'CapabilityStatement' }]);
    expect(body).toMatchObject({ fhirVersion: '4.0.1', format: ['json', 'application/fhir+json'] });
    expect((await get(patientsOf(AN.id), null)).status).toBe(401);
  });

  it('finds a Patient by ID number, under an opaque and stable id', async () => {
    const { status, body } = await get(patientsOf(AN.id));
    expect([status, body]).toMatchObject([200, { type: 'searchset', total: 1 }]);
    const [patient] = entries<Patient>(body);
    expect(patient?.id).toMatch(/^[0-9a-f]{32}$/);
    expect(body.entry?.[0]).toMatchObject({
      fullUrl: `http://localhost:80/fhir/r4/Patient/${patient?.id}`,
      search: { mode: 'match' },
    });
    expect(patient).toMatchObject({
      identifier: [{ system: CCCD_SYSTEM, value: AN.id }],
      name: [{ text: 'Nguyễn Văn An', family: 'Nguyễn', given: ['Văn An'] }],
      gender: 'male',
      birthDate: '1985-04-12',
    });
    expect((await get<Patient>(`/fhir/r4/Patient/${patient?.id}`)).body).toEqual(patient);
    // A bare value matches any system; the wrong system matches no one.
    expect((await get(`/fhir/r4/Patient?identifier=${AN.id}`)).body.total).toBe(1);
    const wrong = `/fhir/r4/Patient?identifier=${token(CMND_SYSTEM, AN.id)}`;
    expect((await get(wrong)).body.total).toBe(0);
  });

  it('lists one Immunization per injection, corrections applied, coded with CVX', async () => {
    const { body } = await get(dosesOf(AN.id));
    expect(body.total).toBe(3);
    const [first, second, booster] = entries<Immunization>(body);
    expect(first).toMatchObject({
      id: seeded.anDoses[0],
      status: 'completed',
      vaccineCode: { coding: [{ system: CVX_SYSTEM, code: '208' }, { code: 'PF' }] },
      occurrenceDateTime: '2026-10-01T09:40:00.000+07:00',
      lotNumber: 'FK1234',
      primarySource: true,
      location: { display: SITE.name },
      performer: [{ actor: { display: SITE.name } }],
      protocolApplied: [{ doseNumberPositiveInt: 1, seriesDosesPositiveInt: 2 }],
      site: {
        coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActSite', code: 'LA' }],
      },
    });
    expect(first?.recorded).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);
    // The second dose's lot and arm were corrected after it was pushed.
    expect(second).toMatchObject({ lotNumber: 'FL8095', site: { coding: [{ code: 'RA' }] } });
    expect(booster).toMatchObject({
      vaccineCode: { coding: [{ code: '207' }, { code: 'MD' }] },
      location: { display: THIRD_SITE.name },
      protocolApplied: [{ series: 'booster', doseNumberPositiveInt: 3 }],
    });

    const byPatient = await get(`/fhir/r4/Immunization?patient=${first?.patient.reference}`);
    expect(entries(byPatient.body)).toEqual([first, second, booster]);
    expect((await get(`/fhir/r4/Immunization/${seeded.anDoses[1]}`)).body).toEqual(second);
  });

  it('knows citizens from corrected check-ins and from visits keyed by a provisional id', async () => {
    const chi = entries<Patient>((await get(patientsOf(CHI.id))).body)[0];
    expect(chi?.name?.[0]?.text).toBe('Lê Thị Chi');
    const binh = token(CMND_SYSTEM, BINH.id);
    const patient = entries<Patient>((await get(`/fhir/r4/Patient?identifier=${binh}`)).body)[0];
    expect(patient).toMatchObject({ gender: 'female', birthDate: '1962-08-30' });
    const doses = (await get(`/fhir/r4/Immunization?patient.identifier=${binh}`)).body;
    expect(entries<Immunization>(doses).map((i) => i.vaccineCode.coding?.[0]?.code)).toEqual([
      '510',
    ]);
  });

  it('shows a province or site operator only what was given in their scope', async () => {
    expect((await get(dosesOf(AN.id), 'hcm')).body.total).toBe(2);
    expect((await get(dosesOf(AN.id), 'hanoi')).body.total).toBe(1);
    expect((await get(dosesOf(AN.id), 's3')).body.total).toBe(1);

    // Chi was registered and vaccinated in Hồ Chí Minh City only: Hà Nội does not see her.
    const chiId = entries<Patient>((await get(patientsOf(CHI.id))).body)[0]?.id;
    expect((await get(patientsOf(CHI.id), 'hanoi')).body.total).toBe(0);
    expect((await get(`/fhir/r4/Patient/${chiId}`, 's3')).status).toBe(404);
    const chiDose = `/fhir/r4/Immunization/${seeded.chiRecord.id}`;
    expect((await get(chiDose, 'hanoi')).status).toBe(404);
    expect((await get(chiDose, 'hcm')).status).toBe(200);
  });

  it('answers errors with OperationOutcomes, unknown FHIR paths included', async () => {
    const cases: [string, number][] = [
      ['/fhir/r4/Patient?name=An', 400],
      ['/fhir/r4/Patient', 400],
      [`/fhir/r4/Patient?identifier=${AN.id}&identifier=${CHI.id}`, 400],
      [`/fhir/r4/Immunization?patient=x&patient.identifier=${AN.id}`, 400],
      ['/fhir/r4/Immunization', 400],
      [`/fhir/r4/Patient/${'0'.repeat(32)}`, 404],
      // A raw ID number is not a Patient id (and, being in the path, would be logged).
      [`/fhir/r4/Patient/${'1'.repeat(12)}`, 404],
      [`/fhir/r4/Immunization/${uuidv7()}`, 404],
      ['/fhir/r4/Observation?patient=x', 404],
    ];
    for (const [url, status] of cases) {
      const res = await get(url);
      expect([url, res.status, res.body.resourceType]).toEqual([url, status, 'OperationOutcome']);
    }
  });

  it('follows a correction pushed later', async () => {
    const tablet = await enrollDevice(t, OTHER_SITE.id);
    const fix = correctionRecord(seeded.chiRecord, OTHER_NURSE.id, { 'data.lot': 'AZ-9' });
    expect((await push(t, tablet, [fix])).body.results[0]?.status).toBe('accepted');
    const { body } = await get<Immunization>(`/fhir/r4/Immunization/${seeded.chiRecord.id}`);
    expect(body.lotNumber).toBe('AZ-9');
  });

  it('never writes an ID number to the log', () => {
    const log = logLines.join('\n');
    expect(log).toContain('/fhir/r4/Patient');
    for (const citizen of [AN, BINH, CHI]) expect(log).not.toContain(citizen.id);
  });
});

describe('the validator', () => {
  it('is live: broken resources fail', () => {
    const broken = {
      resourceType: 'Immunization',
      id: 'not_an_id!',
      status: 'done',
      vaccineCode: { coding: [{ system: CVX_SYSTEM, code: 208 }] },
      patient: { reference: 'Patient/1' },
      occurrenceDateTime: '2026-13-01',
      lotNumber: '',
    };
    expect(fhirErrors(broken).length).toBeGreaterThanOrEqual(4);
    expect(fhirErrors({ resourceType: 'Patient', gender: 'man' })).not.toEqual([]);
    expect(fhirErrors({ resourceType: 'Patient', nickname: 'An' })).not.toEqual([]);
    expect(fhirErrors({ resourceType: 'Bundle', entry: [] })).toEqual([
      '/type: required by FHIR R4',
    ]);
  });
});
