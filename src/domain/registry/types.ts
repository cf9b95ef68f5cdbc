// The population registry as the platform sees it, and what matching a platform person against it
// yields (docs/registry.md). Shared by the server's registry feature, its reports and the tests'
// corpus generator; pure types only.
import type { Sex } from '../records';

/** One person of the national population registry (a row of its extract, or a look-up answer). */
export interface RegistryPerson {
  /** 12-digit personal identification number (CCCD / mã số định danh cá nhân). */
  idNumber: string;
  /** With diacritics, NFC, as the registry writes it. */
  fullName: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: many elderly people have only a birth year. */
  dob: string;
  sex?: Sex;
  /** 2-digit administrative province code (01 Hà Nội, 79 Hồ Chí Minh, …). */
  provinceCode?: string;
  /** 5-digit commune (ward) code. */
  communeCode?: string;
  phone?: string;
}

/** One person as recorded on the platform: the check-in records that carry the same identity. */
export interface PlatformPerson {
  personKey: string;
  recordIds: string[];
  /** As recorded at the site: 12 digits, an old 9-digit ID, or none (children, some elderly). */
  idNumber?: string;
  fullName: string;
  /** `YYYY-MM-DD` as recorded. */
  dob: string;
  sex?: Sex;
  /** 2-digit province code of the site (or of the recorded address) when known. */
  provinceCode?: string;
  communeCode?: string;
  /** The citizen's phone, else the guardian's (children). */
  phone?: string;
}

export type MatchStatus = 'verified' | 'mismatch' | 'ambiguous' | 'not-found';

/** The fields the report and the work-queue compare, named as in the report's CSV. */
export type MatchField = 'id_number' | 'full_name' | 'dob' | 'sex';

/** The fields scored when a platform person is compared with a registry person. */
export type ScoredField = MatchField | 'province_code' | 'commune_code' | 'phone';

/** How far two values agree, best first (docs/registry.md, "Matching"). */
export type NameLevel = 'exact' | 'diacritics' | 'order' | 'spelling' | 'similar' | 'different';
export type DobLevel = 'exact' | 'swapped' | 'partial' | 'one-part' | 'year' | 'different';
export type IdLevel = 'exact' | 'one-digit' | 'transposed' | 'missing' | 'different';
export type AgreementLevel = 'agree' | 'disagree' | 'unknown';
export type ComparisonLevel = NameLevel | DobLevel | IdLevel | AgreementLevel;

/** One field of a comparison: its level and the Fellegi–Sunter weight log2(m/u) it adds. */
export interface FieldScore {
  field: ScoredField;
  level: ComparisonLevel;
  weight: number;
}

/** Why a differing field differs: the work-queue filters on these (e.g. "diacritics only"). */
export interface DifferenceKinds {
  id_number?: 'missing' | 'old-id' | 'one-digit' | 'transposed' | 'other';
  full_name?: 'diacritics' | 'order' | 'spelling' | 'other';
  /** `year-only`: only the year (or year and month) of the recorded date is right. */
  dob?: 'swapped' | 'year-only' | 'other';
  sex?: 'other';
}

/** Why the candidate was chosen (or why none was). */
export type MatchReason =
  | 'id-exact'
  | 'id-one-digit'
  | 'id-transposed'
  | 'name-dob-phone'
  | 'name-dob-place'
  | 'name-dob'
  | 'fields'
  | 'close-runner-up'
  | 'low-score'
  | 'no-candidate'
  /** An operator chose this registry person (the work-queue). */
  | 'chosen';

export interface MatchCandidate {
  registryId: string;
  score: number;
  differences: MatchField[];
}

export interface MatchResult {
  status: MatchStatus;
  /** The matched registry person (verified, mismatch) or the best candidate (ambiguous). */
  registryId?: string;
  /** The fields where the recorded values differ from the registry's, in MatchField order. */
  differences: MatchField[];
  kinds: DifferenceKinds;
  /** Total weight of the chosen candidate. */
  score?: number;
  /** Per field, the chosen candidate's level and weight. */
  explanation: FieldScore[];
  reason: MatchReason;
  /** Up to 5 candidates, best first. */
  candidates: MatchCandidate[];
}
