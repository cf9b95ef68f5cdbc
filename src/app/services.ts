// What the UI may ask of the rest of the app. Components receive these through context and
// never touch IndexedDB or fetch themselves; main.tsx wires the real implementations
// (src/data, src/sync), tests may wire fakes.
import type { CheckinRecord, Citizen, FieldError, VaxRecord } from '../domain/records';
import type { Registration, Site, Staff } from '../domain/protocol';
import type { VisitStage } from '../domain/visit-stage';

export interface DeviceInfo {
  serverUrl: string;
  deviceId: string;
  site: Site;
}

export interface PullProgress {
  /** Changes stored so far in this pull. */
  done: number;
  /** done + what the server says remains; 0 while unknown. */
  total: number;
}

export interface SyncStatus {
  online: boolean;
  /** Records in the outbox not yet confirmed by the server. */
  queued: number;
  /** Rejected records waiting for a person to look at them. */
  needsAttention: number;
  /** ISO time of the last push or pull the server answered completely; null if never. */
  lastSyncAt: string | null;
  pushing: boolean;
  /** Non-null while reference data is being pulled. */
  pull: PullProgress | null;
  /** Last failure, as an i18n key plus detail, cleared by the next success. */
  lastError: { key: string; detail?: string } | null;
}

export interface AttentionItem {
  record: VaxRecord;
  errors: FieldError[];
  rejectedAt: string;
}

export interface EnrollmentService {
  current(): Promise<DeviceInfo | null>;
  /** Throws an Error whose `message` is an i18n key (e.g. 'enroll.badCode') on failure. */
  enroll(serverUrl: string, code: string, deviceName: string): Promise<DeviceInfo>;
}

export interface SyncService {
  status(): SyncStatus;
  subscribe(listener: (status: SyncStatus) => void): () => void;
  /** Push the outbox now (no-op if another tab holds the lock). */
  flush(): Promise<void>;
  /** Pull reference data until the server says there is no more. */
  pull(): Promise<void>;
  needsAttention(): Promise<AttentionItem[]>;
}

export interface ReferenceData {
  /** By 12-digit ID or old 9-digit ID, as registered. */
  registrationByCitizenId(citizenId: string): Promise<Registration | undefined>;
  /** Everyone current with this name (accent-, case- and space-insensitive) and date of birth. */
  registrationsByNameDob(fullName: string, dob: string): Promise<Registration[]>;
  /** A citizen already known on this tablet (registration or stored check-in) under this ID. */
  citizenById(id: string): Promise<Citizen | undefined>;
  /** By the code printed on the registration slip (and in its QR). */
  registrationByCode(code: string): Promise<Registration | undefined>;
  registrationCount(): Promise<number>;
  staff(): Promise<Staff[]>;
}

export interface TodayVisit {
  checkin: CheckinRecord;
  stage: VisitStage;
}

export interface CheckinService {
  /** This site's visits today (checked in here or on other tablets), newest check-in first. */
  today(): Promise<TodayVisit[]>;
  /** Validates, then stores the record and its outbox entry in one strict transaction. */
  save(record: CheckinRecord): Promise<{ ok: true } | { ok: false; errors: FieldError[] }>;
}

export type ScanErrorKind = 'denied' | 'no-camera' | 'in-use' | 'unsupported' | 'decoder';

export interface CameraDevice {
  deviceId: string;
  label: string;
}

/** A running camera scanner (see src/scanner). */
export interface ScannerControl {
  stop(): void;
  setTorch(on: boolean): Promise<boolean>;
  torchAvailable: boolean;
  devices(): Promise<CameraDevice[]>;
  switchTo(deviceId: string): Promise<void>;
}

export interface ScannerService {
  start(options: {
    video: HTMLVideoElement;
    deviceId?: string;
    onText(text: string, decodedAtMs: number): void;
    onError(kind: ScanErrorKind): void;
  }): Promise<ScannerControl>;
}

export interface UpdateService {
  /** Called with a function that activates the waiting version when one is ready. */
  onUpdateReady(listener: (apply: () => void) => void): void;
}

export interface AppServices {
  enrollment: EnrollmentService;
  sync: SyncService;
  reference: ReferenceData;
  checkins: CheckinService;
  updates: UpdateService;
  scanner: ScannerService;
}
