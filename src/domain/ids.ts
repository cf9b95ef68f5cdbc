// Record ids are UUIDv7 so they sort by creation time in every index they are stored in.
// Every identifier has ONE spelling (docs/architecture.md §10): a UUID is lower case with its four
// dashes. Any other spelling of the same UUID (upper case, braces, `urn:uuid:`, no dashes) is
// refused as `not-canonical`, never quietly rewritten: the store compares ids as text, so two
// spellings would be two records, and a sender that spells ids its own way must hear so.
import { v7 } from 'uuid';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** Ids an operator gives sites and staff: they sit inside visit keys, so no ':' or spaces. */
const CODE_ID = /^[A-Za-z0-9_.-]{1,64}$/;

/** Why an identifier cannot be taken: `format` (it is none), `not-canonical` (misspelt). */
export interface IdProblem {
  code: 'format' | 'not-canonical';
  message: string;
}

export function newId(): string {
  return v7();
}

/** A RFC 4122/9562 UUID (versions 1–8) in its canonical spelling: lower case, with dashes. */
export function isUuid(s: string): boolean {
  return UUID.test(s);
}

/** The canonical spelling of a UUID written some other common way, if it is one. */
function respelledUuid(s: string): string | undefined {
  const hex = s
    .normalize('NFKC')
    .trim()
    .replace(/^urn:uuid:/i, '')
    .replace(/^\{(.*)\}$/, '$1')
    .replaceAll('-', '')
    .toLowerCase();
  if (!/^[0-9a-f]{32}$/.test(hex)) return undefined;
  const spelled = [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20)]
    .concat(hex.slice(20))
    .join('-');
  return isUuid(spelled) ? spelled : undefined;
}

/** What is wrong with `s` as a UUID, or undefined when it is one, canonically spelt. */
export function uuidProblem(s: string): IdProblem | undefined {
  if (isUuid(s)) return undefined;
  const canonical = respelledUuid(s);
  return canonical === undefined
    ? { code: 'format', message: 'Must be a UUID' }
    : {
        code: 'not-canonical',
        message: `Must be a UUID in lower case with dashes and nothing around it: ${canonical}`,
      };
}

/** A site or staff id: 1–64 ASCII letters, digits, '.', '_' or '-'. */
export function isCodeId(s: string): boolean {
  return CODE_ID.test(s);
}

/** What is wrong with `s` as a site or staff id, or undefined when it is one. */
export function codeIdProblem(s: string): IdProblem | undefined {
  if (isCodeId(s)) return undefined;
  const canonical = s.normalize('NFKC').trim();
  return isCodeId(canonical)
    ? {
        code: 'not-canonical',
        message: `Must be written in plain ASCII, nothing around it: ${canonical}`,
      }
    : { code: 'format', message: 'Must be 1–64 letters, digits, dots, dashes or underscores' };
}
