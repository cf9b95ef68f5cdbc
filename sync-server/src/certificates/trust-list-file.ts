// A trust-list file read into entries: PEM (one or many certificates, each named by the line of
// its BEGIN) or the trust-list JSON of GET /dcc/trust-list (each named by its index). What an
// entry's certificate is worth is checked by trust-list-import.ts.
import { IssuerError } from './issuer-error';

/** One certificate read from the file, or why it could not be. */
export interface Entry {
  where: string;
  der?: Buffer;
  kid?: string;
  country?: string;
  problem?: string;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
export const COUNTRY = /^[A-Z]{2}$/;

function pemEntries(text: string): Entry[] {
  const found = [...text.matchAll(/-----BEGIN CERTIFICATE-----([^-]*)-----END CERTIFICATE-----/g)];
  if (found.length === 0) {
    throw new IssuerError(
      'no certificate in the file: give PEM certificates or the trust-list JSON of GET /dcc/trust-list',
    );
  }
  return found.map((m) => ({
    where: `line ${text.slice(0, m.index).split('\n').length}`,
    der: Buffer.from(m[1]!.replace(/\s+/g, ''), 'base64'),
  }));
}

function jsonEntry(raw: unknown, index: number): Entry {
  const where = `entry ${index}`;
  const e = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (typeof e.rawData !== 'string' || !BASE64.test(e.rawData)) {
    return { where, problem: 'rawData is not base64 DER' };
  }
  if (typeof e.kid !== 'string') return { where, problem: 'no kid' };
  if (typeof e.country !== 'string' || !COUNTRY.test(e.country)) {
    return { where, problem: 'country is not a two-letter code' };
  }
  if (e.certificateType !== undefined && e.certificateType !== 'DSC') {
    return { where, problem: `certificateType is ${JSON.stringify(e.certificateType)}, not DSC` };
  }
  return { where, der: Buffer.from(e.rawData, 'base64'), kid: e.kid, country: e.country };
}

function jsonEntries(text: string): Entry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new IssuerError('the file is not valid JSON: give PEM certificates or a trust-list JSON');
  }
  const list = (parsed as { certificates?: unknown } | null)?.certificates;
  if (!Array.isArray(list)) {
    throw new IssuerError('the JSON has no "certificates" list: expected {"certificates":[…]}');
  }
  return list.map(jsonEntry);
}

/** The entries of a file: JSON when it starts with `{`, PEM otherwise. */
export const trustListEntries = (text: string): Entry[] =>
  text.trimStart().startsWith('{') ? jsonEntries(text) : pemEntries(text);
