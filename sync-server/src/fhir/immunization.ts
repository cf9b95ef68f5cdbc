// One Immunization per injection record, as it stands after its corrections. The record id is
// the resource id (a UUIDv7 is a valid FHIR id) and also its business identifier, so a copy held
// elsewhere can be matched back to the record. A voided injection stays, as entered-in-error.
import type { Immunization } from 'fhir/r4';
import { vaccineByCode } from '../../../src/domain/vaccines';
import {
  ADMINISTERING_PROVIDER,
  ARM_SITE,
  COVID19_DISEASE,
  INTRAMUSCULAR,
  vaccineCodings,
} from './codes';
import type { ShownInjection } from './injections';

function protocolApplied(vaccine: string, doseNumber: number, doseKind: string) {
  const seriesLength = vaccineByCode(vaccine)?.seriesLength;
  return {
    series: doseKind,
    targetDisease: [{ coding: [COVID19_DISEASE] }],
    doseNumberPositiveInt: doseNumber,
    // The series length is only known for a primary series; boosters just count on.
    ...(doseKind === 'primary' && seriesLength !== undefined
      ? { seriesDosesPositiveInt: seriesLength }
      : {}),
  };
}

export function toImmunization(
  { record, receivedAt, site }: ShownInjection,
  patientId: string,
): Immunization {
  const { vaccine, lot, doseNumber, doseKind, arm } = record.data;
  return {
    resourceType: 'Immunization',
    id: record.id,
    identifier: [{ system: 'urn:ietf:rfc:3986', value: `urn:uuid:${record.id}` }],
    // A void (voids.ts) says the record was a mistake: FHIR's word for it.
    status: record.voided ? 'entered-in-error' : 'completed',
    vaccineCode: { coding: vaccineCodings(vaccine), text: vaccineByCode(vaccine)?.name ?? vaccine },
    patient: { reference: `Patient/${patientId}` },
    occurrenceDateTime: record.occurredAt,
    recorded: receivedAt,
    // Entered by the staff who gave the dose, at the time: not a transcription or a recollection.
    primarySource: true,
    location: { display: site.name },
    lotNumber: lot,
    site: { coding: [ARM_SITE[arm]] },
    route: { coding: [INTRAMUSCULAR] },
    performer: [
      {
        function: { coding: [ADMINISTERING_PROVIDER] },
        actor: { type: 'Organization', display: site.name },
      },
    ],
    protocolApplied: [protocolApplied(vaccine, doseNumber, doseKind)],
  };
}
