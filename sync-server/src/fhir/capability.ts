// GET /fhir/r4/metadata: what this FHIR server does. Read-only Patient and Immunization, JSON
// only; public, since it describes the API and holds no one's data.
import type { CapabilityStatement } from 'fhir/r4';
import { CCCD_SYSTEM, CMND_SYSTEM } from './codes';

/** When this statement last changed; bump it with the API. */
const PUBLISHED = '2026-07-01';

const IDENTIFIER_DOC = `<system>|<ID number>: ${CCCD_SYSTEM} (12-digit CCCD) or ${CMND_SYSTEM} (9-digit CMND)`;

export function capabilityStatement(base: string): CapabilityStatement {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: PUBLISHED,
    publisher: 'Vaccination-site check-in sync-server',
    kind: 'instance',
    implementation: {
      description: 'Read-only FHIR R4 API of the vaccination platform',
      url: base,
    },
    fhirVersion: '4.0.1',
    format: ['json', 'application/fhir+json'],
    rest: [
      {
        mode: 'server',
        security: {
          cors: false,
          description:
            'Every request but /metadata needs an operator token: Authorization: Bearer <token> ' +
            'from POST /api/v1/operator/sign-in. A site or province operator sees only the ' +
            'immunizations given at its sites, and only the patients who have one there or are ' +
            'registered there.',
        },
        resource: [
          {
            type: 'Patient',
            interaction: [{ code: 'read' }, { code: 'search-type' }],
            searchParam: [{ name: 'identifier', type: 'token', documentation: IDENTIFIER_DOC }],
          },
          {
            type: 'Immunization',
            interaction: [{ code: 'read' }, { code: 'search-type' }],
            searchParam: [
              {
                name: 'patient',
                type: 'reference',
                documentation:
                  'Patient/<id> or <id>; also chained as patient.identifier=' + IDENTIFIER_DOC,
              },
            ],
          },
        ],
      },
    ],
  };
}
