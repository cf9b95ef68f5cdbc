// The FHIR feature's public face: the read-only R4 API's routes.
export { FHIR_PREFIX, fhirRoutes } from './routes';
