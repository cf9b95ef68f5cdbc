// Record shapes shared by the tablet and the server (docs/architecture.md §3). Records are
// append-only events keyed by a client-generated UUIDv7; a mistake is fixed by a `correction`
// record.

export type RecordType = 'checkin' | 'screening' | 'injection' | 'observation' | 'correction';
export type Sex = 'M' | 'F';

export interface Guardian {
  name: string;
  phone: string;
}

export interface Citizen {
  /** 12-digit personal ID or 9-digit old ID (CMND), when known. */
  id?: string;
  fullName: string;
  /** YYYY-MM-DD */
  dob: string;
  sex: Sex;
  phone?: string;
  address?: string;
  guardian?: Guardian;
}

/** A dose given before: its date (YYYY-MM-DD), our vaccine code (or the product's own code when
 * we have none), and its number in the citizen's schedule. */
export interface PriorDose {
  date: string;
  vaccine: string;
  doseNumber: number;
}

export type CheckinMethod = 'cccd-qr' | 'personal-qr' | 'registration-qr' | 'manual';

export interface CheckinData {
  method: CheckinMethod;
  registrationId?: string;
  citizen: Citizen;
  /** Doses stated by a vaccination certificate verified at the desk (EU DCC), for a citizen the
   * site has no history for; a certificate states only its latest dose, with its number. */
  priorDoses?: PriorDose[];
}

export interface ScreeningData {
  answers: Record<string, boolean>;
  vitals?: {
    temperatureC?: number;
    pulse?: number;
    systolic?: number;
    diastolic?: number;
    respiratoryRate?: number;
  };
  outcome: 'eligible' | 'postpone' | 'contraindicated' | 'refer' | 'caution';
  decision: 'proceed' | 'defer' | 'refer';
  /** The citizen (or guardian) agreed to the injection; required to proceed. */
  consent?: boolean;
  /** The vaccine a contraindication applies to (the product of the earlier reaction). */
  avoidVaccine?: string;
  note?: string;
}

export interface InjectionData {
  vaccine: string;
  lot: string;
  doseNumber: number;
  doseKind: 'primary' | 'booster' | 'additional';
  arm: 'left' | 'right';
  override?: { reason: string };
  /** The vial the dose was drawn from: lets tablet and server count vials opened and doses wasted. */
  vial?: { id: string; openedAt: string };
}

/** What was done for a serious reaction, and when. */
export interface Treatment {
  /** Codes from TREATMENTS in observation.ts. */
  actions: string[];
  note?: string;
  /** ISO 8601 with offset. */
  at: string;
}

export interface Reaction {
  code: string;
  /** Anaphylaxis is always 'severe'; its grade is `brighton`. */
  severity: 'mild' | 'moderate' | 'severe';
  /** Brighton Collaboration level of diagnostic certainty (1 most certain), anaphylaxis only. */
  brighton?: 1 | 2 | 3;
  /** Older records have none. */
  treatment?: Treatment;
}

export interface ObservationData {
  releasedAt: string;
  reactions: Reaction[];
  referred: boolean;
}

/** Why a record was voided: made for the wrong person, twice, for a dose not given, or else. */
export type VoidReason = 'wrong-person' | 'duplicate' | 'not-given' | 'other';

export interface CorrectionData {
  targetId: string;
  /** New values by dotted path inside the target record, e.g. `{"data.lot": "AZ-2"}`. */
  changes: Record<string, unknown>;
  reason: string;
  /** Present on a void: the target stops counting anywhere; `changes` is then `{}`. */
  void?: VoidReason;
}

/** How a void correction marks the record it voids, as that record now stands (voids.ts). */
export interface VoidMark {
  reason: VoidReason;
  /** The void correction's words (its `reason`). */
  note: string;
  correctionId: string;
  staffId: string;
  at: string;
}

interface RecordBase<T extends RecordType, D> {
  /** UUIDv7, generated on the tablet; the primary key everywhere. */
  id: string;
  type: T;
  siteId: string;
  staffId: string;
  /** siteId + ':' + local date + ':' + citizenKey (see visit-key.ts). */
  visitKey: string;
  /** ISO 8601 with offset, e.g. 2026-11-23T09:15:02.123+07:00 */
  occurredAt: string;
  data: D;
  /** Only on a record as it now stands, set by a void correction; never stored or pushed. */
  voided?: VoidMark;
}

export type CheckinRecord = RecordBase<'checkin', CheckinData>;
export type ScreeningRecord = RecordBase<'screening', ScreeningData>;
export type InjectionRecord = RecordBase<'injection', InjectionData>;
export type ObservationRecord = RecordBase<'observation', ObservationData>;
export type CorrectionRecord = RecordBase<'correction', CorrectionData>;

export type VaxRecord =
  CheckinRecord | ScreeningRecord | InjectionRecord | ObservationRecord | CorrectionRecord;

/** One problem with one field of a record; `field` is a dotted path such as `data.citizen.dob`. */
export interface FieldError {
  field: string;
  /** A stable machine code, e.g. 'required', 'format', 'id-dob-mismatch'. */
  code: string;
  /** English explanation for logs and operators; the app translates by `code`. */
  message: string;
}
