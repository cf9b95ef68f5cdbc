// Sync protocol v1 (docs/protocol.md): the JSON the tablet and the server exchange.
import type { PinVerifier } from './pin';
import type { Citizen, FieldError, VaxRecord } from './records';

export const API_PREFIX = '/api/v1';
export const MAX_BATCH_RECORDS = 500;
export const MAX_BATCH_BYTES = 1024 * 1024;
export const DEFAULT_PULL_LIMIT = 1000;
export const MAX_PULL_LIMIT = 5000;

export interface Site {
  id: string;
  name: string;
  province: string;
}

export interface EnrollRequest {
  code: string;
  deviceName: string;
  /** Public half (ECDSA P-256, JWK) of the key the tablet signs offline exports with. */
  publicKey?: JsonWebKey;
}

export interface EnrollResponse {
  deviceId: string;
  token: string;
  site: Site;
}

export interface PreviousDose {
  /** YYYY-MM-DD */
  date: string;
  vaccine: string;
  doseNumber: number;
  /** The injection record this dose comes from, when it was recorded on the platform. */
  recordId?: string;
}

/** yellow: at least one dose of a series; green: the primary series is complete. */
export type CertificateStatus = 'none' | 'yellow' | 'green';

/** A citizen's doses, derived on the server from all sites' records (docs/architecture.md §1). */
export interface DoseHistory {
  citizenId: string;
  doses: PreviousDose[];
  certificate: CertificateStatus;
}

export interface Registration {
  id: string;
  /** Short human code printed on the registration slip and in its QR. */
  code: string;
  /** YYYY-MM-DD */
  sessionDate: string;
  priorityGroup: string;
  citizen: Citizen;
  previousDoses: PreviousDose[];
}

export interface Lot {
  lot: string;
  vaccine: string;
  /** YYYY-MM-DD */
  expiry: string;
  dosesAllocated: number;
}

export type StaffRole = 'volunteer' | 'nurse' | 'doctor' | 'admin';

export interface Staff {
  id: string;
  name: string;
  role: StaffRole;
  /** Checks a PIN offline; absent until an operator sets the person's PIN (see pin.ts). */
  pin?: PinVerifier;
}

export type Change =
  | { entity: 'registration'; op: 'put' | 'delete'; key: string; data: Registration }
  | { entity: 'lot'; op: 'put' | 'delete'; key: string; data: Lot }
  | { entity: 'staff'; op: 'put' | 'delete'; key: string; data: Staff }
  | { entity: 'record'; op: 'put'; key: string; data: VaxRecord }
  | { entity: 'dose-history'; op: 'put'; key: string; data: DoseHistory };

export type Entity = Change['entity'];

export interface PullResponse {
  changes: Change[];
  /** Opaque; pass it back unchanged. */
  cursor: string;
  more: boolean;
  /** How many changes are still waiting after this page (drives the progress bar). */
  remaining: number;
}

export interface PushRequest {
  records: VaxRecord[];
}

export type PushStatus = 'accepted' | 'duplicate' | 'rejected';

export interface PushResult {
  id: string;
  status: PushStatus;
  errors?: FieldError[];
}

export interface PushResponse {
  results: PushResult[];
}

/** Body of every 4xx/5xx answer. */
export interface ApiError {
  error: string;
  message: string;
}
