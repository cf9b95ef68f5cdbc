// The steps of the EU DCC test data (../shared/dgc-testdata/README.md, "The flags"), each run
// with our own codec and verifier. A step answers true (it succeeded), false (it failed) or
// 'skip' (the case lacks the fields the step reads).
import { readQrImage } from '../../../../sync-server/src/certificates/qr-image';
import {
  checkCoseSignature,
  checkDccSchema,
  checkValidityTimes,
  coseKid,
  decodeBase45,
  decodeCbor,
  decodeCoseBytes,
  decodeCoseSign1,
  decodeCwt,
  decodeHc1,
  dccTypeOf,
  encodeCwt,
  inflateCose,
  keyUsageAllows,
  kidOf,
  readSignerCertificate,
  toJsonValue,
  unprefixHc1,
  type DecodedHc1,
} from '../../../../src/domain/dcc';

export interface TestCase {
  JSON?: Record<string, unknown>;
  CBOR?: string;
  COSE?: string;
  COMPRESSED?: string;
  BASE45?: string;
  PREFIX?: string;
  '2DCODE'?: string;
  TESTCTX?: { CERTIFICATE?: string; VALIDATIONCLOCK?: string; SCHEMA?: string };
  EXPECTEDRESULTS: Record<string, unknown>;
}

type Outcome = boolean | 'skip';
const hex = (text: string) => Uint8Array.from(Buffer.from(text, 'hex'));
const der = (c: TestCase) => Uint8Array.from(Buffer.from(c.TESTCTX!.CERTIFICATE!, 'base64'));
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

/** The COSE message of a case: its COSE field, else what our chain makes of its QR text. */
function coseBytesOf(c: TestCase): Uint8Array | undefined | null {
  if (c.COSE !== undefined) return hex(c.COSE);
  if (c.PREFIX === undefined) return undefined;
  const base45 = unprefixHc1(c.PREFIX);
  const compressed = base45.ok ? decodeBase45(base45.value) : base45;
  const cose = compressed.ok ? inflateCose(compressed.value) : compressed;
  return cose.ok ? cose.value : null;
}

function decodedOf(c: TestCase): DecodedHc1 | undefined | null {
  const bytes = coseBytesOf(c);
  if (!bytes) return bytes;
  const decoded = decodeCoseBytes(bytes);
  return decoded.ok ? decoded.value : null;
}

/** JSON compared as the README says: key order free, arrays as sets, date-times to the second. */
export function normalised(value: unknown): unknown {
  if (Array.isArray(value))
    return value
      .map(normalised)
      .map((v) => JSON.stringify(v))
      .sort();
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([k, v]) => [k, normalised(v)] as const);
    return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
  }
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value)) {
    const ms = Date.parse(value);
    if (Number.isFinite(ms)) return new Date(Math.floor(ms / 1000) * 1000).toISOString();
  }
  return value;
}
const sameJson = (a: unknown, b: unknown) =>
  JSON.stringify(normalised(a)) === JSON.stringify(normalised(b));

/** The DCC in a case's CBOR field, which some files give as the whole CWT claims map. */
function dccOfCbor(cborHex: string): unknown {
  const item = decodeCbor(hex(cborHex));
  if (item instanceof Map && item.has(-260)) {
    const cwt = decodeCwt(hex(cborHex));
    return cwt.ok ? cwt.value.dcc : undefined;
  }
  return toJsonValue(item);
}

async function readQr(png: string): Promise<string | undefined> {
  return readQrImage(Buffer.from(png, 'base64'));
}

export const STEPS: Record<string, (c: TestCase) => Promise<Outcome> | Outcome> = {
  EXPECTEDPICTUREDECODE: async (c) =>
    c['2DCODE'] === undefined || c.PREFIX === undefined
      ? 'skip'
      : (await readQr(c['2DCODE'])) === c.PREFIX,
  EXPECTEDUNPREFIX: (c) => {
    if (c.PREFIX === undefined || c.BASE45 === undefined) return 'skip';
    const base45 = unprefixHc1(c.PREFIX);
    return base45.ok && base45.value === c.BASE45;
  },
  EXPECTEDB45DECODE: (c) => {
    if (c.BASE45 === undefined || c.COMPRESSED === undefined) return 'skip';
    const bytes = decodeBase45(c.BASE45);
    return bytes.ok && same(bytes.value, hex(c.COMPRESSED));
  },
  EXPECTEDCOMPRESSION: (c) => {
    if (c.COMPRESSED === undefined || c.COSE === undefined) return 'skip';
    const cose = inflateCose(hex(c.COMPRESSED));
    return cose.ok && same(cose.value, hex(c.COSE));
  },
  EXPECTEDVERIFY: async (c) => {
    const bytes = coseBytesOf(c);
    if (bytes === undefined || !c.TESTCTX?.CERTIFICATE) return 'skip';
    const cose = bytes ? decodeCoseSign1(bytes) : null;
    const signer = readSignerCertificate(der(c));
    if (!cose?.ok || !signer.ok) return false;
    const kid = coseKid(cose.value);
    if (!kid || !same(kid, await kidOf(der(c)))) return false;
    return (await checkCoseSignature(cose.value, signer.signer)).ok;
  },
  EXPECTEDDECODE: (c) => {
    const decoded = decodedOf(c);
    if (decoded === undefined || c.JSON === undefined) return 'skip';
    if (!decoded || !sameJson(decoded.claims.dcc, c.JSON)) return false;
    return c.CBOR === undefined || sameJson(decoded.claims.dcc, dccOfCbor(c.CBOR));
  },
  EXPECTEDVALIDJSON: (c) => {
    if (c.PREFIX === undefined || c.JSON === undefined) return 'skip';
    const decoded = decodeHc1(c.PREFIX);
    return decoded.ok && sameJson(decoded.value.claims.dcc, c.JSON);
  },
  EXPECTEDSCHEMAVALIDATION: (c) => {
    const decoded = decodedOf(c);
    if (decoded === undefined) return 'skip';
    return decoded !== null && checkDccSchema(decoded.claims.dcc).ok;
  },
  EXPECTEDEXPIRATIONCHECK: (c) => {
    const decoded = decodedOf(c);
    if (decoded === undefined || !c.TESTCTX?.CERTIFICATE) return 'skip';
    const signer = readSignerCertificate(der(c));
    if (!decoded || !signer.ok) return false;
    const clock = c.TESTCTX.VALIDATIONCLOCK ? Date.parse(c.TESTCTX.VALIDATIONCLOCK) : Date.now();
    return checkValidityTimes(decoded.claims, signer.signer, Math.floor(clock / 1000)).ok;
  },
  EXPECTEDKEYUSAGE: (c) => {
    const decoded = decodedOf(c);
    if (decoded === undefined || !c.TESTCTX?.CERTIFICATE) return 'skip';
    const signer = readSignerCertificate(der(c));
    const type = decoded ? dccTypeOf(decoded.claims.dcc) : undefined;
    return signer.ok && type !== undefined && keyUsageAllows(signer.signer.extendedKeyUsages, type);
  },
  EXPECTEDVALIDOBJECT: (c) =>
    c.JSON === undefined ? 'skip' : checkDccSchema(c.JSON, c.TESTCTX?.SCHEMA).ok,
  EXPECTEDENCODE: (c) => {
    if (c.JSON === undefined || c.CBOR === undefined) return 'skip';
    const ours = decodeCwt(encodeCwt({ iat: 0, exp: 0, dcc: c.JSON }));
    return ours.ok && sameJson(ours.value.dcc, dccOfCbor(c.CBOR));
  },
};
