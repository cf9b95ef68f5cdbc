// Opaque Patient ids and the parsing of search parameters.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CCCD_SYSTEM, CMND_SYSTEM } from '../../../sync-server/src/fhir/codes';
import { humanName } from '../../../sync-server/src/fhir/patient';
import { citizenIdOf, patientIdOf } from '../../../sync-server/src/fhir/patient-id';
import {
  citizenIdOfToken,
  patientIdOfReference,
  searchParams,
} from '../../../sync-server/src/fhir/search-params';

const KEY = randomBytes(32);

describe('Patient ids', () => {
  it('are opaque, stable and turn back into the ID number', () => {
    for (const citizenId of ['001085123456', '023456789']) {
      const id = patientIdOf(KEY, citizenId);
      expect(id).toMatch(/^[0-9a-f]{32}$/);
      expect(id).not.toContain(citizenId);
      expect(patientIdOf(KEY, citizenId)).toBe(id);
      expect(citizenIdOf(KEY, id)).toBe(citizenId);
      // One patient, one id: another spelling of it names no one.
      expect(citizenIdOf(KEY, id.toUpperCase())).toBeUndefined();
    }
    expect(patientIdOf(KEY, '001085123456')).not.toBe(patientIdOf(KEY, '001085123457'));
  });

  it('depend on the key, and no other id decodes', () => {
    const other = randomBytes(32);
    const id = patientIdOf(KEY, '001085123456');
    expect(patientIdOf(other, '001085123456')).not.toBe(id);
    expect(citizenIdOf(other, id)).toBeUndefined();
    for (const bad of ['', '0'.repeat(32), 'xyz', '001085123456', `${id}00`]) {
      expect(citizenIdOf(KEY, bad)).toBeUndefined();
    }
    expect(() => patientIdOf(KEY, '12345')).toThrow();
  });
});

describe('search parameters', () => {
  it('match ID numbers by system, or by value alone', () => {
    expect(citizenIdOfToken(`${CCCD_SYSTEM}|001085123456`)).toBe('001085123456');
    expect(citizenIdOfToken(`${CMND_SYSTEM}|023456789`)).toBe('023456789');
    expect(citizenIdOfToken('001085123456')).toBe('001085123456');
    for (const none of [
      `${CMND_SYSTEM}|001085123456`,
      `${CCCD_SYSTEM}|023456789`,
      'http://other|001085123456',
      '|001085123456',
      '12345',
      `${CCCD_SYSTEM}|`,
    ]) {
      expect(citizenIdOfToken(none)).toBeUndefined();
    }
  });

  it('read Patient references in their usual forms', () => {
    expect(patientIdOfReference('Patient/abc')).toBe('abc');
    expect(patientIdOfReference('abc')).toBe('abc');
    expect(patientIdOfReference('https://h/fhir/r4/Patient/abc')).toBe('abc');
    expect(patientIdOfReference('Observation/abc')).toBeUndefined();
    expect(patientIdOfReference('Patient/a_b')).toBeUndefined();
  });

  it('refuse unknown, repeated or empty parameters', () => {
    expect(searchParams({ identifier: 'x' }, ['identifier'])).toEqual({
      ok: true,
      params: { identifier: 'x' },
    });
    expect(searchParams({ name: 'x' }, ['identifier']).ok).toBe(false);
    expect(searchParams({ identifier: ['x', 'y'] }, ['identifier']).ok).toBe(false);
    expect(searchParams({ identifier: '' }, ['identifier']).ok).toBe(false);
  });
});

describe('names', () => {
  it('are split family name first, as Vietnamese names are written', () => {
    expect(humanName('Nguyễn Văn An')).toEqual({
      use: 'official',
      text: 'Nguyễn Văn An',
      family: 'Nguyễn',
      given: ['Văn An'],
    });
    expect(humanName(' An ')).toEqual({ use: 'official', text: 'An' });
  });
});
