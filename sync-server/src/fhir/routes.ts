// Read-only FHIR R4 API (interoperability): Patient and Immunization, searched by ID number in
// the query string (the server logs paths only) and read by opaque ids. Operators only, each
// within their scope; /metadata is public. Every error is an OperationOutcome, except the 401 of
// the operator check, which is the API's usual JSON.
import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { FhirResource } from 'fhir/r4';
import { operationOutcome, searchset, type IssueCode } from './bundle';
import { capabilityStatement } from './capability';
import { fhirReader } from './reader';
import { searchParams } from './search-params';
import type { Store } from '../store/store';
import { operatorOf, requireOperator } from '../operators';

export const FHIR_PREFIX = '/fhir/r4';
export const FHIR_JSON = 'application/fhir+json; charset=utf-8';

const origin = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

function answer(reply: FastifyReply, status: number, body: unknown) {
  return reply.code(status).type(FHIR_JSON).send(body);
}

function problem(reply: FastifyReply, status: number, code: IssueCode, message: string) {
  return answer(reply, status, operationOutcome(code, message));
}

function matches(request: FastifyRequest, reply: FastifyReply, resources: FhirResource[]) {
  const bundle = searchset(
    `${origin(request)}${FHIR_PREFIX}`,
    origin(request) + request.url,
    resources,
  );
  return answer(reply, 200, bundle);
}

export const fhirRoutes: FastifyPluginAsync<{ store: Store }> = async (fastify, { store }) => {
  const reader = fhirReader(store);

  fastify.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status < 500) return problem(reply, status, 'invalid', error.message);
    request.log.error({ err: error }, 'FHIR request failed');
    return problem(reply, 500, 'exception', 'Internal server error');
  });
  // A route, not a not-found handler: the PWA's catch-all would answer with index.html first.
  fastify.all('/*', (request, reply) => {
    const path = request.url.split('?')[0];
    return problem(reply, 404, 'not-supported', `No FHIR interaction ${request.method} ${path}`);
  });

  fastify.get('/metadata', (request, reply) =>
    answer(reply, 200, capabilityStatement(`${origin(request)}${FHIR_PREFIX}`)),
  );

  await fastify.register(async (api) => {
    requireOperator(api, store, 'api');
    const scope = (request: FastifyRequest) => operatorOf(request).scope;

    api.get('/Patient', async (request, reply) => {
      const query = searchParams(request.query, ['identifier']);
      if (!query.ok) return problem(reply, 400, 'not-supported', query.message);
      const { identifier } = query.params;
      if (identifier === undefined) {
        return problem(reply, 400, 'invalid', 'Search Patient by identifier=<system>|<ID number>');
      }
      const patient = await reader.patientByIdentifier(identifier, scope(request));
      return matches(request, reply, patient ? [patient] : []);
    });

    api.get<{ Params: { id: string } }>('/Patient/:id', async (request, reply) => {
      const patient = await reader.patientById(request.params.id, scope(request));
      return patient
        ? answer(reply, 200, patient)
        : problem(reply, 404, 'not-found', 'No such Patient');
    });

    api.get('/Immunization', async (request, reply) => {
      const query = searchParams(request.query, ['patient', 'patient.identifier']);
      if (!query.ok) return problem(reply, 400, 'not-supported', query.message);
      const { patient, 'patient.identifier': identifier } = query.params;
      if ((patient === undefined) === (identifier === undefined)) {
        const message = 'Search Immunization by patient or by patient.identifier (one of them)';
        return problem(reply, 400, 'invalid', message);
      }
      const found = patient
        ? await reader.immunizationsByPatient(patient, scope(request))
        : await reader.immunizationsByIdentifier(identifier ?? '', scope(request));
      return matches(request, reply, found);
    });

    api.get<{ Params: { id: string } }>('/Immunization/:id', async (request, reply) => {
      const found = await reader.immunizationById(request.params.id, scope(request));
      return found
        ? answer(reply, 200, found)
        : problem(reply, 404, 'not-found', 'No such Immunization');
    });
  });
};
