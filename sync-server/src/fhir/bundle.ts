// The two envelopes of the API: a searchset Bundle for search answers, an OperationOutcome for
// every error. Both as the FHIR R4 REST API defines them.
import type { Bundle, FhirResource, OperationOutcome } from 'fhir/r4';

export function searchset(base: string, selfUrl: string, resources: FhirResource[]): Bundle {
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: resources.length,
    link: [{ relation: 'self', url: selfUrl }],
    entry: resources.map((resource) => ({
      fullUrl: `${base}/${resource.resourceType}/${resource.id ?? ''}`,
      resource,
      search: { mode: 'match' },
    })),
  };
}

/** `code` from http://hl7.org/fhir/issue-type, e.g. not-found, invalid, not-supported. */
export type IssueCode = 'not-found' | 'invalid' | 'not-supported' | 'security' | 'exception';

export function operationOutcome(code: IssueCode, diagnostics: string): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: [{ severity: code === 'exception' ? 'fatal' : 'error', code, diagnostics }],
  };
}
