// Structure of Vietnamese ID numbers (docs/architecture.md §6). A 12-digit personal ID encodes the
// province of birth registration, the sex and century, and the birth year, so a typo or a wrong
// card shows up as a mismatch with the DOB and sex the volunteer sees on screen.
import type { IdProblem } from './ids';
import type { FieldError, Sex } from './records';
import { provinceName } from './provinces';

export type CitizenIdKind = 'cccd12' | 'cmnd9' | 'invalid';

export interface CitizenIdCheck {
  kind: CitizenIdKind;
  /** Format problems: the number cannot be a real ID. */
  errors: FieldError[];
  /** Disagreements with the expected DOB/sex: the ID or the typed data may be wrong. */
  warnings: FieldError[];
}

export interface CitizenIdFacts {
  provinceCode: string;
  provinceName: string;
  sex: Sex;
  birthYear: number;
}

// Digit 4 = 2 × (century − 20) + (female ? 1 : 0): 0/1 for 1900–1999, 2/3 for 2000–2099, … .
// Only 1900–2099 can belong to a living person today; later centuries are impossible.
const FIRST_CENTURY = 1900;
const MAX_CENTURY_DIGIT = 3;

const err = (code: string, message: string): FieldError => ({ field: 'id', code, message });

/** A 12-digit personal ID or a 9-digit old ID, in ASCII digits and nothing else. */
export function isIdNumber(s: string): boolean {
  return /^(\d{12}|\d{9})$/.test(s);
}

/**
 * What is wrong with `s` as an ID number, or undefined when it is one. An ID number has one
 * spelling, its ASCII digits: one typed with spaces, dots or full-width digits is refused as
 * `not-canonical` (with the canonical spelling), not rewritten, so it is never a second person.
 */
export function idNumberProblem(s: string): IdProblem | undefined {
  if (isIdNumber(s)) return undefined;
  const digits = s.normalize('NFKC').replace(/[\s.-]/g, '');
  return isIdNumber(digits)
    ? { code: 'not-canonical', message: `Write the ID number as digits only: ${digits}` }
    : { code: 'format', message: 'ID must be 12 digits (or 9 for an old ID)' };
}

/** Province, sex and birth year encoded in a 12-digit ID, or null if it is not a valid one. */
export function describeCitizenId(id: string): CitizenIdFacts | null {
  if (!/^\d{12}$/.test(id)) return null;
  const provinceCode = id.slice(0, 3);
  const name = provinceName(provinceCode);
  const centuryDigit = Number(id[3]);
  if (name === null || centuryDigit > MAX_CENTURY_DIGIT) return null;
  return {
    provinceCode,
    provinceName: name,
    sex: centuryDigit % 2 === 0 ? 'M' : 'F',
    birthYear: FIRST_CENTURY + Math.floor(centuryDigit / 2) * 100 + Number(id.slice(4, 6)),
  };
}

export function checkCitizenId(
  id: string,
  expected: { dob?: string; sex?: Sex } = {},
): CitizenIdCheck {
  const problem = idNumberProblem(id);
  if (problem !== undefined) {
    return { kind: 'invalid', errors: [err(problem.code, problem.message)], warnings: [] };
  }
  if (id.length === 9) return { kind: 'cmnd9', errors: [], warnings: [] };
  const errors: FieldError[] = [];
  if (provinceName(id.slice(0, 3)) === null) {
    errors.push(err('province', `Unknown province code ${id.slice(0, 3)}`));
  }
  if (Number(id[3]) > MAX_CENTURY_DIGIT) {
    errors.push(err('century', `Digit 4 (${id[3]}) means a birth after 2099`));
  }
  const facts = describeCitizenId(id);
  if (facts === null) return { kind: 'invalid', errors, warnings: [] };
  return { kind: 'cccd12', errors, warnings: compareWithExpected(facts, expected) };
}

function compareWithExpected(
  facts: CitizenIdFacts,
  expected: { dob?: string; sex?: Sex },
): FieldError[] {
  const warnings: FieldError[] = [];
  const dobYear = expected.dob === undefined ? NaN : Number(expected.dob.slice(0, 4));
  if (Number.isInteger(dobYear) && dobYear !== facts.birthYear) {
    warnings.push(
      dobYear % 100 === facts.birthYear % 100
        ? err(
            'id-century-mismatch',
            `ID says born in ${facts.birthYear}, date of birth says ${dobYear}`,
          )
        : err(
            'id-birthyear-mismatch',
            `ID says born in ${facts.birthYear}, date of birth says ${dobYear}`,
          ),
    );
  }
  if (expected.sex !== undefined && expected.sex !== facts.sex) {
    warnings.push(err('id-sex-mismatch', `ID says sex ${facts.sex}, record says ${expected.sex}`));
  }
  return warnings;
}

/** Build a 12-digit ID (used by the demo seed and tests). `serial6` is the 6 random digits. */
export function makeCitizenId(
  provinceCode: string,
  sex: Sex,
  birthYear: number,
  serial6: string,
): string {
  const century = Math.floor((birthYear - FIRST_CENTURY) / 100);
  const centuryDigit = century * 2 + (sex === 'F' ? 1 : 0);
  return `${provinceCode}${centuryDigit}${String(birthYear % 100).padStart(2, '0')}${serial6}`;
}
