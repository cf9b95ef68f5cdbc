// What the UI may ask of the rest of the app. Components receive these through context and
// never touch IndexedDB or fetch themselves; create-app-services.ts wires the real
// implementations (this folder, over src/data and src/sync), tests may wire fakes.
import type { CorrectedRecord } from '../domain/corrections';
import type { DaySummary } from '../domain/day-summary';
import type { ScannedCertificate } from '../domain/dcc/scanned-certificate';
import type { DccReason } from '../domain/dcc/reasons';
import type { HandoffRefusal } from '../domain/handoff/check-handoff';
import type { LotProblem } from '../domain/injection-plan';
import type {
  CertificateStatus,
  Lot,
  PreviousDose,
  Registration,
  Site,
  Staff,
} from '../domain/protocol';
import type {
  CheckinRecord,
  Citizen,
  FieldError,
  InjectionRecord,
  ObservationRecord,
  ScreeningRecord,
  VaxRecord,
} from '../domain/records';
import type { VialState } from '../domain/vials';
import type { VisitStage } from '../domain/visit-stage';
import type { ScannerControl, ScannerOptions } from '../scanner/types';
import type { SyncStatus } from '../sync/sync-status';

export type { SyncStatus } from '../sync/sync-status';

export interface DeviceInfo {
  serverUrl: string;
  deviceId: string;
  site: Site;
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
  /** This site's visits today (checked in here or on other tablets), as VisitService.today. */
  today(): Promise<TodayVisit[]>;
  /** Validates, then stores the record and its outbox entry in one strict transaction. */
  save(record: CheckinRecord): Promise<{ ok: true } | { ok: false; errors: FieldError[] }>;
}

export interface ScannerService {
  start(options: ScannerOptions): Promise<ScannerControl>;
}

export interface UpdateService {
  /** Called with a function that activates the waiting version when one is ready. */
  onUpdateReady(listener: (apply: () => void) => void): void;
}

/** What this tablet is used for; a mobile team's tablet does every step ('all'). */
export type Station = 'checkin' | 'screening' | 'injection' | 'observation' | 'all';

export type SignInResult = 'ok' | 'wrong-pin' | 'no-pin' | 'locked-out';

/** Who is recording on this tablet. Locks after inactivity and on demand. */
export interface SessionService {
  /** The signed-in person, or null while the tablet is locked. */
  current(): Staff | null;
  subscribe(listener: (staff: Staff | null) => void): () => void;
  /** Checks the PIN offline against the verifier the server sent. */
  signIn(staffId: string, pin: string): Promise<SignInResult>;
  lock(): void;
  /** A touch or key press: postpones the inactivity lock. */
  activity(): void;
}

export interface SettingsService {
  station(): Promise<Station>;
  setStation(station: Station): Promise<void>;
}

/** A visit today at this site, every record from every tablet merged, corrections applied. */
export interface VisitView {
  visitKey: string;
  checkin: CheckinRecord;
  stage: VisitStage;
  screening?: ScreeningRecord;
  injection?: InjectionRecord;
  observation?: ObservationRecord;
}

export interface VisitDetail extends VisitView {
  /** Every record of the visit with its corrections, oldest first. */
  history: CorrectedRecord[];
  /** The citizen's doses before this visit (registration, platform, this tablet), oldest first. */
  previousDoses: PreviousDose[];
  /** Every dose known, this visit's own included: what a form lists beside `certificate`. */
  doses: PreviousDose[];
  /** Derived from `doses`, so the two never disagree. */
  certificate: CertificateStatus;
}

export type SaveOutcome = { ok: true } | { ok: false; errors: FieldError[] };

export interface VisitService {
  /**
   * Today's visits at this site, newest check-in first, then those of the day before still under
   * way (src/domain/visit-day.ts): midnight does not send anyone home.
   */
  today(): Promise<VisitView[]>;
  /** Today's visit of this citizen (ID number or provisional key), if they checked in. */
  find(citizenKey: string): Promise<VisitView | undefined>;
  /** The visit as it stands in the store now (its stage included), if this tablet holds it. */
  view(visitKey: string): Promise<VisitView | undefined>;
  detail(visitKey: string): Promise<VisitDetail | undefined>;
  /** Stores any record with its outbox entry; refused unless the signed-in person may record it. */
  save(record: VaxRecord): Promise<SaveOutcome>;
  /** Calls `listener` after every save on this tablet; returns the way to stop. */
  subscribe(listener: () => void): () => void;
}

export interface LotView extends Lot {
  /** Doses given from this lot at this site (all days this tablet knows of). */
  dosesUsed: number;
  problem: LotProblem | null;
}

export interface StockService {
  /** The site's lots with what makes each unusable today. */
  lots(): Promise<LotView[]>;
  /** Vials opened today at this site (from every tablet's injection records). */
  vials(): Promise<VialState[]>;
}

export interface DayReportService {
  /** Figures for this site and local date from the records on this tablet. */
  local(date: string): Promise<DaySummary>;
  /** The server's figures for the same site and day; null when it cannot be reached. */
  server(date: string): Promise<DaySummary | null>;
}

export interface ExportService {
  /** Records not yet confirmed by the server, as a file signed with this tablet's key. */
  unsynced(): Promise<{ fileName: string; text: string; count: number }>;
}

/** What a scanned hand-off code did on this tablet (docs/handoff.md). */
export type HandoffReceipt =
  | {
      ok: true;
      visitKey: string;
      /** Records new on this tablet: 0 when the same code was scanned before. */
      added: number;
      /** The visit as it now stands here; absent if the code held no check-in of it. */
      visit?: VisitView;
    }
  | { ok: false; reason: HandoffRefusal };

/** Everything this tablet has not had confirmed by the server, as endless QR frames. */
export interface DayTransfer {
  /** Records in the transfer (0: nothing to send, and no frames). */
  count: number;
  /** Fountain blocks: the receiver needs a little more than this many frames. */
  blocks: number;
  /** The text of frame `n` (0, 1, 2…; any of them will do). */
  frame(n: number): string;
}

export type DayFrameReceipt =
  /** `received` distinct frames of a set of `blocks` blocks: a few more than `blocks` suffice. */
  | { kind: 'progress'; received: number; blocks: number }
  /** A frame of another tablet's transfer than the one being received: ignored. */
  | { kind: 'other-transfer' }
  | { kind: 'done'; added: number; count: number }
  /** `digest`: the rebuilt set does not hash to what its frames announced. */
  | { kind: 'refused'; reason: HandoffRefusal | 'digest' };

export interface HandoffService {
  /** One visit's records as the text of a QR code signed with this tablet's device key. */
  visitCode(visitKey: string): Promise<string>;
  /** Verifies a scanned code against the site's device list and stores what is new. */
  receive(text: string): Promise<HandoffReceipt>;
  /** The end-of-day transfer of every unsent record, signed; the records stay queued here. */
  dayTransfer(): Promise<DayTransfer>;
  /** One scanned frame of another tablet's end-of-day transfer. */
  receiveFrame(text: string): Promise<DayFrameReceipt>;
}

/** What the desk shows of a scanned EU DCC, verified offline against the pulled lists. */
export interface CertificateCheck {
  valid: boolean;
  /** Why it is refused ('ok' when valid); its words are the i18n key `dcc.<reason>`. */
  reason: DccReason;
  /** What the certificate says, once it could be decoded (shown also when refused). */
  facts: ScannedCertificate | null;
  /** The signer's country, from the trust list; undefined for an unknown signer. */
  signerCountry?: string;
}

export interface CertificateService {
  /** Verifies an `HC1:` text at the tablet's clock; the verifier's code loads on first use. */
  verify(text: string): Promise<CertificateCheck>;
}

export interface AppServices {
  enrollment: EnrollmentService;
  sync: SyncService;
  reference: ReferenceData;
  checkins: CheckinService;
  updates: UpdateService;
  scanner: ScannerService;
  session: SessionService;
  settings: SettingsService;
  visits: VisitService;
  stock: StockService;
  dayReport: DayReportService;
  exports: ExportService;
  certificates: CertificateService;
  handoff: HandoffService;
}
