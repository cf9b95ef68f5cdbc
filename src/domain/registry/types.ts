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
