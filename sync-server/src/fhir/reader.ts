// The API's reads, each within an operator's scope: citizens are found by ID number (a search
// token) or by opaque Patient id, and come back as FHIR resources.
import type { Immunization, Patient } from 'fhir/r4';
import type { OperatorScope } from '../operators';
import type { Store } from '../store/store';
import { knownCitizen } from './demographics';
import { toImmunization } from './immunization';
import { injectionById, injectionsOf } from './injections';
import { toPatient } from './patient';
import { citizenIdOf, patientIdOf } from './patient-id';
import { citizenIdOfToken, patientIdOfReference } from './search-params';
import { fhirRepo } from './fhir-repo';

export type FhirReader = ReturnType<typeof fhirReader>;

export function fhirReader(store: Store) {
  let key: Promise<Buffer> | undefined;
  // Read (or made) once; a failure, such as the database being down, is not remembered.
  const patientKey = () =>
    (key ??= fhirRepo(store)
      .patientIdKey(new Date())
      .catch((err: unknown) => {
        key = undefined;
        throw err;
      }));
  const citizenOfPatientId = async (id: string | undefined) =>
    id === undefined ? undefined : citizenIdOf(await patientKey(), id);

  async function patient(citizenId: string | undefined, scope: OperatorScope) {
    if (citizenId === undefined) return undefined;
    const known = await knownCitizen(store, citizenId, scope);
    return known && toPatient(patientIdOf(await patientKey(), citizenId), known);
  }

  async function immunizations(citizenId: string | undefined, scope: OperatorScope) {
    if (citizenId === undefined) return [];
    const patientId = patientIdOf(await patientKey(), citizenId);
    const doses = await injectionsOf(store, citizenId, scope);
    return doses.map((dose) => toImmunization(dose, patientId));
  }

  return {
    patientByIdentifier: (token: string, scope: OperatorScope): Promise<Patient | undefined> =>
      patient(citizenIdOfToken(token), scope),

    patientById: async (id: string, scope: OperatorScope): Promise<Patient | undefined> =>
      patient(await citizenOfPatientId(id), scope),

    immunizationsByIdentifier: (token: string, scope: OperatorScope): Promise<Immunization[]> =>
      immunizations(citizenIdOfToken(token), scope),

    immunizationsByPatient: async (ref: string, scope: OperatorScope): Promise<Immunization[]> =>
      immunizations(await citizenOfPatientId(patientIdOfReference(ref)), scope),

    async immunizationById(id: string, scope: OperatorScope): Promise<Immunization | undefined> {
      const dose = await injectionById(store, id, scope);
      return dose && toImmunization(dose, patientIdOf(await patientKey(), dose.citizenId));
    },
  };
}
