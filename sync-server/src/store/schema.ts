// Table shapes as Kysely sees them. Timestamps are ISO 8601 UTC strings and JSON columns hold
// canonical JSON text, so the same schema works on SQLite and PostgreSQL.
import type { Generated } from 'kysely';

export interface SitesTable {
  id: string;
  name: string;
  province: string;
  /** The district's 3-digit code (Vietnam's administrative units); null when not given. */
  district: string | null;
  created_at: string;
}

export interface StaffTable {
  site_id: string;
  id: string;
  name: string;
  role: string;
  /** The PinVerifier as JSON (never the PIN); null until an operator sets one. */
  pin: string | null;
}

export interface LotsTable {
  site_id: string;
  lot: string;
  vaccine: string;
  expiry: string;
  doses_allocated: number;
}

export interface RegistrationsTable {
  site_id: string;
  id: string;
  code: string;
  session_date: string;
  /** The whole Registration (citizen and previous doses) as JSON. */
  body: string;
  /** The citizen's ID number, when the registration has one: which sites hear of their doses. */
  citizen_id: string | null;
}

export interface DevicesTable {
  id: string;
  site_id: string;
  name: string;
  /** SHA-256 (hex) of the bearer token; the token itself is never stored. */
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
  /** Public JWK (ECDSA P-256) the device signs offline exports with; null if it sent none. */
  public_key: string | null;
}

export interface EnrollmentCodesTable {
  /** SHA-256 (hex) of the normalised code. */
  code_hash: string;
  site_id: string;
  expires_at: string;
  max_uses: number;
  uses: number;
  created_at: string;
}

export interface RecordsTable {
  id: string;
  site_id: string;
  device_id: string;
  type: string;
  visit_key: string;
  /** The visit's local date (YYYY-MM-DD), from its key: the day report's index. */
  visit_date: string;
  occurred_at: string;
  received_at: string;
  /** The validated record as canonical JSON: what duplicates are compared against. */
  body: string;
  /** A correction's target record id; null for other records. */
  target_id: string | null;
  /** The registration a check-in scanned; null for other records. */
  registration_id: string | null;
}

/** One dose per injection record, with corrections applied: a citizen's history across sites. */
export interface CitizenDosesTable {
  record_id: string;
  citizen_id: string;
  /** The site that gave the dose. */
  site_id: string;
  /** YYYY-MM-DD, local date of the injection. */
  date: string;
  vaccine: string;
  dose_number: number;
}

export interface RecordFlagsTable {
  record_id: string;
  field: string;
  code: string;
  message: string;
  /** The record's site and local day, for the quality report's range. */
  site_id: string;
  day: string;
}

/** A site where a check-in read the citizen's identity from a card or QR (migration 008). */
export interface CitizenScansTable {
  citizen_id: string;
  site_id: string;
}

/** One row per injection record, corrections applied: what the progress report counts. */
export interface ReportDosesTable {
  site_id: string;
  /** YYYY-MM-DD, local date of the injection. */
  day: string;
  visit_key: string;
  record_id: string;
  vaccine: string;
  dose_number: number;
  /** received_at minus occurred_at, in ms (negative when the tablet's clock ran ahead). */
  delay_ms: number;
}

export interface ChangesTable {
  seq: Generated<number>;
  site_id: string;
  entity: string;
  key: string;
  op: string;
  /** Entity snapshot as JSON; null for records, whose body is read from `records`. */
  data: string | null;
  source_device_id: string | null;
}

/** A report operator; scope_value is '' for a national operator. */
export interface OperatorsTable {
  id: string;
  name: string;
  scope_kind: string;
  scope_value: string;
  /** The password verifier as JSON (never the password). */
  password: string;
  created_at: string;
  disabled_at: string | null;
}

export interface OperatorSessionsTable {
  /** SHA-256 (hex) of the session token; the token itself is never stored. */
  token_hash: string;
  operator_id: string;
  created_at: string;
  expires_at: string;
}

/** An attempt counter shared by every server process; times in epoch ms. */
export interface RateLimitsTable {
  kind: string;
  key: string;
  window_start: number;
  count: number;
  blocked_until: number;
}

/** An injection voided by a correction, and whose it was: only the FHIR API still shows it. */
export interface VoidedDosesTable {
  record_id: string;
  citizen_id: string;
  site_id: string;
}

/** A person of the population registry's extract (registry/import-extract.ts). */
export interface RegistryPersonsTable {
  id_number: string;
  /** NFC, single spaces. */
  full_name: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  dob: string;
  sex: 'M' | 'F' | null;
  province_code: string | null;
  commune_code: string | null;
  phone: string | null;
  /** When the import that last wrote this row started (ISO 8601 UTC). */
  imported_at: string;
}

/** A blocking key a registry person is filed under (src/domain/registry/blocking.ts). */
export interface RegistryBlocksTable {
  key: string;
  id_number: string;
}

/** One row (id 1): the write /healthz makes to prove the database can still write. */
export interface HealthProbeTable {
  id: number;
  checked_at: string;
}

/** One platform person and what matching it against the population registry found. */
export interface RegistryMatchesTable {
  person_key: string;
  id_number: string | null;
  full_name: string;
  dob: string;
  sex: string | null;
  province_code: string | null;
  site_id: string;
  status: string;
  registry_id: string | null;
  differences: string;
  /** JSON: the match's kinds, reason, score, explanation and candidates. */
  detail: string;
  matched_at: string;
}

export interface RegistryPersonRecordsTable {
  record_id: string;
  person_key: string;
}

/** One row (id 1): the change feed's seq the background matcher has read up to. */
export interface RegistryCursorTable {
  id: number;
  change_seq: number;
}

/** An operator's decision about one registry person for one platform person. */
export interface RegistryDecisionsTable {
  person_key: string;
  registry_id: string;
  decision: 'chosen' | 'ruled-out';
  operator_id: string;
  at: string;
}

/** "The registry is wrong": counted, and exported for the registry's owners. */
export interface RegistryNotesTable {
  id: string;
  person_key: string;
  registry_id: string;
  site_id: string;
  fields: string;
  note: string;
  operator_id: string;
  at: string;
}

/** Who viewed or acted on registry data, when, about whom. */
export interface RegistryAuditTable {
  id: string;
  at: string;
  operator_id: string;
  action: string;
  person_key: string | null;
  registry_id: string | null;
  detail: string | null;
}

/** Persons and verified persons per site at the end of a day: the chart of verified % over time. */
export interface RegistryProgressDaysTable {
  day: string;
  site_id: string;
  persons: number;
  verified: number;
}

/** A document signer (DSC): ours or another country's; the public certificate only. */
export interface DccSignersTable {
  kid: string;
  country: string;
  /** base64 DER. */
  der: string;
  not_before: string;
  not_after: string;
  source: 'own' | 'imported';
  added_at: string;
  revoked_at: string | null;
  revoke_reason: string | null;
}

/** One issued certificate: which UVCI, for whom, when, why, and what replaced it. */
export interface DccCertificatesTable {
  uvci: string;
  uci_hash: string;
  id_number: string;
  kid: string;
  issued_at: string;
  expires_at: string;
  reason: string;
  hc1: string;
  revoked_at: string | null;
  revoke_reason: string | null;
  superseded_by: string | null;
}

/** Citizens whose dose history changed, waiting for the certificate issuer (migration 018). */
export interface DoseHistoryChangesTable {
  citizen_id: string;
  changed_at: string;
  version: number;
}

/** Each person the issuer looked at: the facts, and the current certificate or why none. */
export interface DccSubjectsTable {
  id_number: string;
  facts: string;
  uvci: string | null;
  not_signable: string | null;
  updated_at: string;
}

export interface DccWatermarkTable {
  id: number;
  matched_at: string;
  person_key: string;
}

export interface Database {
  sites: SitesTable;
  staff: StaffTable;
  lots: LotsTable;
  registrations: RegistrationsTable;
  devices: DevicesTable;
  enrollment_codes: EnrollmentCodesTable;
  records: RecordsTable;
  record_flags: RecordFlagsTable;
  changes: ChangesTable;
  citizen_doses: CitizenDosesTable;
  citizen_scans: CitizenScansTable;
  report_doses: ReportDosesTable;
  operators: OperatorsTable;
  operator_sessions: OperatorSessionsTable;
  rate_limits: RateLimitsTable;
  health_probe: HealthProbeTable;
  voided_doses: VoidedDosesTable;
  registry_persons: RegistryPersonsTable;
  registry_blocks: RegistryBlocksTable;
  /** Keys an import has yet to file into registry_blocks (migration 016). */
  registry_import_blocks: RegistryBlocksTable;
  registry_matches: RegistryMatchesTable;
  registry_person_records: RegistryPersonRecordsTable;
  registry_cursor: RegistryCursorTable;
  registry_decisions: RegistryDecisionsTable;
  registry_notes: RegistryNotesTable;
  registry_audit: RegistryAuditTable;
  registry_progress_days: RegistryProgressDaysTable;
  dcc_signers: DccSignersTable;
  dcc_certificates: DccCertificatesTable;
  dose_history_changes: DoseHistoryChangesTable;
  dcc_subjects: DccSubjectsTable;
  dcc_watermark: DccWatermarkTable;
}
