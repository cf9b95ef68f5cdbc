// Patient from what the server knows of a citizen. Only what identifies them is shared (ID
// number, name, birth date, sex); phone, address and guardian stay in the platform.
import type { HumanName, Patient } from 'fhir/r4';
import { NATIONAL_ID_TYPE, identifierSystemOf } from './codes';
import type { KnownCitizen } from './demographics';

/** Vietnamese names are written family name first: "Nguyễn Văn An" is family Nguyễn. */
export function humanName(fullName: string): HumanName {
  const [family, ...given] = fullName.trim().split(/\s+/);
  return {
    use: 'official',
    text: fullName.trim(),
    ...(family && given.length > 0 ? { family, given: [given.join(' ')] } : {}),
  };
}

export function toPatient(patientId: string, { citizenId, citizen }: KnownCitizen): Patient {
  return {
    resourceType: 'Patient',
    id: patientId,
    identifier: [
      {
        use: 'official',
        type: { coding: [NATIONAL_ID_TYPE] },
        system: identifierSystemOf(citizenId),
        value: citizenId,
      },
    ],
    ...(citizen && {
      ...(citizen.fullName.trim() !== '' && { name: [humanName(citizen.fullName)] }),
      gender: citizen.sex === 'M' ? 'male' : 'female',
      birthDate: citizen.dob,
    }),
  };
}
