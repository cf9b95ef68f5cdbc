// Vaccination certificates (EU DCC, issue 20): what other parts of the server may use.
export { citizenPageRoutes, type CitizenPageOptions } from './citizen/citizen-routes';
export type {
  CertificateLookup,
  CitizenCertificate,
  SignedCertificate,
} from './citizen/citizen-lookup';
export type { NotSignableReason } from './subject';
