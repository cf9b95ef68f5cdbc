// What a tablet pulls besides records (docs/protocol.md): the site's registrations, lots and
// staff, the citizens' dose histories, and the change envelope that carries each.
import type { PinVerifier } from './pin';
import type { Citizen, PriorDose, VaxRecord } from './records';

export interface PreviousDose extends PriorDose {
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
