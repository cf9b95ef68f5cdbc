// A date of birth known only by its year: accepted from a tablet as 'YYYY', shown so in
// FHIR (a FHIR date may be a year alone), imported so from a CSV; a malformed one is refused.
import { randomBytes } from 'node:crypto';
import type { Bundle, Patient } from 'fhir/r4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCitizenId } from '../../../src/domain/citizen-id';
import type { LocalDate } from '../../../src/domain/local-date';
import { parseRegistrationsCsv } from '../../../sync-server/src/admin/registrations-csv';
import { CCCD_SYSTEM } from '../../../sync-server/src/fhir/codes';
import { createPasswordVerifier } from '../../../sync-server/src/operators/password';
import { push } from '../helpers/api';
import { fhirErrors } from '../helpers/fhir-schema';
import { checkinRecord, injectionRecord } from '../../support/records';
import {
  createTestApp,
  enrollDevice,
  NURSE,
  SITE,
  type Device,
  type TestApp,
} from '../helpers/test-app';
import { operatorsRepo } from '../../../sync-server/src/operators/operators-repo';

let t: TestApp;
let device: Device;
let token: string;
beforeAll(async () => {
  t = await createTestApp();
  device = await enrollDevice(t);
  const password = await createPasswordVerifier('correct horse battery', 1000);
  await operatorsRepo(t.store).create(
    { id: 'national', name: 'national', scope: { kind: 'national' }, password },
    new Date(),
  );
  token = randomBytes(24).toString('base64url');
  await operatorsRepo(t.store).createSession('national', token, new Date(), 3_600_000);
});
afterAll(() => t.close());

const ELDER = makeCitizenId('001', 'F', 1950, '171717');
const checkinOf = (id: string, dob: string) =>
  checkinRecord(SITE.id, NURSE.id, {
    visitKey: `${SITE.id}:2026-11-23:${id}`,
    data: { method: 'manual', citizen: { id, fullName: 'Phạm Thị Lài', dob, sex: 'F' } },
  });

describe('a year-alone date of birth', () => {
  it('is accepted from a tablet, without a flag when the ID says the same year', async () => {
    const record = checkinOf(ELDER, '1950');
    const dose = injectionRecord(SITE.id, NURSE.id, { visitKey: record.visitKey });
    const { status, body } = await push(t, device, [record, dose]);
    expect(status).toBe(200);
    expect(body.results[0]).toEqual({ id: record.id, status: 'accepted' });
    expect(body.results[1]).toMatchObject({ id: dose.id, status: 'accepted' });
  });

  it('is shown as the year in FHIR Patient.birthDate', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/fhir/r4/Patient?identifier=${encodeURIComponent(`${CCCD_SYSTEM}|${ELDER}`)}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.statusCode).toBe(200);
    const patient = res.json<Bundle>().entry?.[0]?.resource as Patient;
    expect(patient).toMatchObject({ birthDate: '1950', gender: 'female' });
    expect(fhirErrors(patient)).toEqual([]);
  });

  it.each(['195', '19500', '1950-3-5', '1950-02-30', '1899', '2027', 'năm 1950'])(
    'refuses a malformed or impossible one: %s',
    async (dob) => {
      const record = checkinOf(makeCitizenId('001', 'M', 1960, '282828'), dob);
      const { body } = await push(t, device, [record]);
      expect(body.results[0]).toMatchObject({
        status: 'rejected',
        errors: [expect.objectContaining({ field: 'data.citizen.dob' })],
      });
    },
  );

  it('comes in from a registrations CSV as the year', () => {
    const csv = [
      'code,full_name,dob,sex,id_number',
      `AB12CD34,Phạm Thị Lài,1950,F,${ELDER}`,
      'AB12CD35,Trần Văn Cũ,1850,M,',
    ].join('\n');
    const { registrations, errors } = parseRegistrationsCsv(csv, {
      sessionDate: '2026-11-23' as LocalDate,
    });
    expect(registrations.map((r) => r.citizen.dob)).toEqual(['1950']);
    expect(errors).toEqual([expect.objectContaining({ line: 3, field: 'dob' })]);
  });
});
