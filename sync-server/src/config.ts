// Server configuration, read once from the environment and validated before anything starts.
import { isIP } from 'node:net';
import path from 'node:path';
import { DEFAULT_PG_TIMEOUTS } from './store/open-postgres';
import type { DatabaseTarget } from './store/database-target';

export interface Config {
  port: number;
  host: string;
  database: DatabaseTarget;
  /** The built PWA (`vite build` output). */
  staticDir: string;
  logLevel: LogLevel;
  /** How many registrations the demo seed puts into an empty database. */
  demoRegistrations: number;
  /** Enrollment tries allowed per client address and minute. */
  enrollPerMinute: number;
  /** The most rows of one kind (injections, check-ins, dose rows, flags) one report reads. */
  reportMaxRecords: number;
  /**
   * Which proxies' X-Forwarded-For/-Proto/-Host headers to believe (Fastify's `trustProxy`):
   * none (false), any (true), or these addresses and ranges. Behind a load balancer it gives rate
   * limits the tablet's address, and cookies and FHIR `fullUrl`s the https scheme.
   */
  trustProxy: boolean | string;
  /** Pushes the server holds at once (past it: 503), and of those one device's (past it: 429). */
  pushesInHand: number;
  pushesPerDevice: number;
  /** The time a client has to send a whole request, body included (then 408). */
  requestTimeoutMs: number;
  /** How long /healthz waits for the database's answer before saying 503. */
  healthTimeoutMs: number;
  /** Pulls held open at once (long-poll, one per device); past it a pull is answered at once. */
  heldPullsMax: number;
  /** The population registry's look-up API (docs/registry.md), when one is configured. */
  registry?: { url: string; token?: string };
  /** The certificate issuer's key folder and validity policy (docs/operations.md). */
  issuer: IssuerConfig;
}

export interface IssuerConfig {
  /** `DATA_DIR/issuer`: the private keys, on the server host even when the database is PostgreSQL. */
  dir: string;
  /** ISSUER_KEY_PASSPHRASE: when set, the private keys are PKCS#8-encrypted with it. */
  passphrase?: string;
  /** How long a new country signing CA (CSCA) and a new document signer (DSC) are valid. */
  cscaValidityYears: number;
  dscValidityYears: number;
  /** CERTIFICATE_VALIDITY_DAYS: how long a signed certificate is valid (never past its signer). */
  certificateDays: number;
  /** CERTIFICATE_AUTHORITY: the issuing authority a certificate names (`is`). */
  authority?: string;
}

/** A year: certificates are re-issued by then as doses and identities change anyway. */
export const CERTIFICATE_DAYS = 365;

/**
 * The EU's usual policy: the CSCA lives long (it anchors every DSC it signs), a DSC two years, so a
 * leaked DSC key is bounded in time and rotation is routine.
 */
export const CSCA_VALIDITY_YEARS = 10;
export const DSC_VALIDITY_YEARS = 2;

/**
 * The whole request, body included, must be in within this. The tablet gives up on a push after
 * 30 s (src/sync/api-client.ts), so the server never cuts what the tablet still waits for; 60 s
 * carries a full 1 MiB batch at 140 kbit/s, a third of a slow 3G uplink (~400 kbit/s).
 */
export const REQUEST_TIMEOUT_MS = 60_000;

/**
 * Enough to keep the database busy (SQLite writes one batch at a time, PostgreSQL ten) while
 * uploads over slow links hold their places. Under bench:load's faults, 32, 64 and 128 give the
 * same throughput; 128 the lowest batch p95, as fewer pushes meet a 503 and back off. A parsed
 * batch in hand is about 1.5 MB, so at most ~190 MB.
 */
export const MAX_PUSHES_IN_HAND = 128;

/**
 * A tablet pushes one batch at a time; a second or third is in hand only while a batch it gave up
 * on (its own 30 s timeout) is still being written. Four leaves room for that, and needs 32
 * devices to fill the 128 places.
 */
export const MAX_PUSHES_PER_DEVICE = 4;

/** Enrollment codes are short: by default at most this many tries per address and minute. */
export const ENROLL_ATTEMPTS_PER_MINUTE = 10;

/**
 * The most records one list (page or CSV) shows (REPORT_MAX_RECORDS). A page of 15,000 rows took
 * Chromium seconds to lay out and an accessibility scan minutes; 5,000 is a province's bad day.
 */
export const REPORT_MAX_RECORDS = 5_000;

export const HEALTH_TIMEOUT_MS = 2000;
/** An idle held pull costs about 10 KB and no CPU (docs/sync.md): 5,000 tablets are 50 MB. */
export const HELD_PULLS_MAX = 20_000;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
type LogLevel = (typeof LOG_LEVELS)[number];

export class ConfigError extends Error {}

function port(value: string | undefined): number {
  if (value === undefined || value === '') return 8080;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 65535) {
    throw new ConfigError(`PORT must be a whole number from 1 to 65535, got "${value}"`);
  }
  return n;
}

/** A whole number from `min` to `max` in variable `name`, or `fallback` when unset. */
function wholeNumber(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${value}"`);
  }
  return n;
}

function logLevel(value: string | undefined): LogLevel {
  if (value === undefined || value === '') return 'info';
  const found = LOG_LEVELS.find((l) => l === value);
  if (!found)
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${value}"`);
  return found;
}

/** proxy-addr's names for address ranges, accepted beside IPs and CIDRs. */
const PROXY_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

function proxyAddress(entry: string): boolean {
  if (PROXY_RANGES.includes(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128);
}

function trustProxy(value: string | undefined): boolean | string {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  const entries = value.split(',').map((e) => e.trim());
  if (!entries.every(proxyAddress)) {
    throw new ConfigError(
      `TRUST_PROXY must be true or the proxies' addresses (IPs or CIDR ranges, comma-separated), got "${value}"`,
    );
  }
  return entries.join(',');
}

function database(env: NodeJS.ProcessEnv): DatabaseTarget {
  const url = env.DATABASE_URL;
  if (!url) return { kind: 'sqlite', dataDir: path.resolve(env.DATA_DIR || './data') };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError('DATABASE_URL is not a URL; expected postgres://user@host:5432/dbname');
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new ConfigError(
      `DATABASE_URL must be a postgres:// URL, got "${parsed.protocol}"; unset it to use SQLite in DATA_DIR`,
    );
  }
  if (parsed.pathname.length < 2) {
    throw new ConfigError('DATABASE_URL must name a database: postgres://user@host:5432/dbname');
  }
  return {
    kind: 'postgres',
    url,
    timeouts: {
      connectMs: wholeNumber(
        'DB_CONNECT_TIMEOUT_MS',
        env.DB_CONNECT_TIMEOUT_MS,
        DEFAULT_PG_TIMEOUTS.connectMs,
        100,
        600_000,
      ),
      statementMs: wholeNumber(
        'DB_STATEMENT_TIMEOUT_MS',
        env.DB_STATEMENT_TIMEOUT_MS,
        DEFAULT_PG_TIMEOUTS.statementMs,
        100,
        3_600_000,
      ),
    },
  };
}

function registry(env: NodeJS.ProcessEnv): Config['registry'] {
  const url = env.REGISTRY_URL;
  if (!url) return undefined;
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    throw new ConfigError(`REGISTRY_URL must be an http(s):// URL, got "${url}"`);
  }
  return { url, ...(env.REGISTRY_TOKEN && { token: env.REGISTRY_TOKEN }) };
}

function issuer(env: NodeJS.ProcessEnv): IssuerConfig {
  const cscaValidityYears = wholeNumber(
    'ISSUER_CSCA_YEARS',
    env.ISSUER_CSCA_YEARS,
    CSCA_VALIDITY_YEARS,
    1,
    30,
  );
  const dscValidityYears = wholeNumber(
    'ISSUER_DSC_YEARS',
    env.ISSUER_DSC_YEARS,
    DSC_VALIDITY_YEARS,
    1,
    10,
  );
  if (dscValidityYears > cscaValidityYears) {
    throw new ConfigError(
      `ISSUER_DSC_YEARS (${dscValidityYears}) must not exceed ISSUER_CSCA_YEARS (${cscaValidityYears}): a signer cannot outlive the CA that signs it`,
    );
  }
  const certificateDays = wholeNumber(
    'CERTIFICATE_VALIDITY_DAYS',
    env.CERTIFICATE_VALIDITY_DAYS,
    CERTIFICATE_DAYS,
    1,
    3650,
  );
  const authority = env.CERTIFICATE_AUTHORITY?.normalize('NFC').trim();
  if (authority !== undefined && (authority.length === 0 || authority.length > 80)) {
    throw new ConfigError('CERTIFICATE_AUTHORITY must be 1–80 characters (the DCC `is` field)');
  }
  return {
    certificateDays,
    ...(authority && { authority }),
    dir: path.resolve(env.DATA_DIR || './data', 'issuer'),
    ...(env.ISSUER_KEY_PASSPHRASE && { passphrase: env.ISSUER_KEY_PASSPHRASE }),
    cscaValidityYears,
    dscValidityYears,
  };
}

/** Throws ConfigError with an operator-readable message on any bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: port(env.PORT),
    host: env.HOST || '0.0.0.0',
    database: database(env),
    staticDir: path.resolve(env.STATIC_DIR || 'dist'),
    logLevel: logLevel(env.LOG_LEVEL),
    demoRegistrations: wholeNumber(
      'DEMO_REGISTRATIONS',
      env.DEMO_REGISTRATIONS,
      2000,
      0,
      1_000_000,
    ),
    enrollPerMinute: wholeNumber(
      'ENROLL_RATE_LIMIT',
      env.ENROLL_RATE_LIMIT,
      ENROLL_ATTEMPTS_PER_MINUTE,
      1,
      100_000,
    ),
    reportMaxRecords: wholeNumber(
      'REPORT_MAX_RECORDS',
      env.REPORT_MAX_RECORDS,
      REPORT_MAX_RECORDS,
      1,
      100_000_000,
    ),
    trustProxy: trustProxy(env.TRUST_PROXY),
    pushesInHand: wholeNumber('PUSHES_IN_HAND', env.PUSHES_IN_HAND, MAX_PUSHES_IN_HAND, 1, 10_000),
    pushesPerDevice: wholeNumber(
      'PUSHES_PER_DEVICE',
      env.PUSHES_PER_DEVICE,
      MAX_PUSHES_PER_DEVICE,
      1,
      1_000,
    ),
    requestTimeoutMs:
      wholeNumber(
        'REQUEST_TIMEOUT_SECONDS',
        env.REQUEST_TIMEOUT_SECONDS,
        REQUEST_TIMEOUT_MS / 1000,
        10,
        3_600,
      ) * 1000,
    healthTimeoutMs: wholeNumber(
      'HEALTH_TIMEOUT_MS',
      env.HEALTH_TIMEOUT_MS,
      HEALTH_TIMEOUT_MS,
      100,
      60_000,
    ),
    heldPullsMax: wholeNumber('HELD_PULLS_MAX', env.HELD_PULLS_MAX, HELD_PULLS_MAX, 0, 1_000_000),
    registry: registry(env),
    issuer: issuer(env),
  };
}
