// Which failures mean "the database cannot serve right now" (away, hung, busy, full, read-only):
// the request was not carried out and the same request may succeed later, so it is answered 503
// with Retry-After (tablets retry the batch), never 500, and never takes the process down.

/** A failure of our way to the database itself (refused, cut, timed out, writer thread gone). */
export class DatabaseUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}

/** SQLite result codes (better-sqlite3's `code`; extended codes add `_SUFFIX`). */
const SQLITE_UNAVAILABLE = [
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_NOMEM',
  'SQLITE_PROTOCOL',
  'SQLITE_FULL',
  'SQLITE_IOERR',
  'SQLITE_READONLY',
  'SQLITE_CANTOPEN',
  'SQLITE_CORRUPT',
  'SQLITE_NOTADB',
];
const SQLITE_WRITE_REFUSED = SQLITE_UNAVAILABLE.slice(4);

/** PostgreSQL SQLSTATEs, whole or by class (two characters). */
const PG_UNAVAILABLE = [
  '08', // connection exception
  '53', // insufficient resources: disk full, out of memory, too many connections
  '58', // system error: I/O
  '57P01', // admin shutdown
  '57P02', // crash shutdown
  '57P03', // cannot connect now (starting up, recovering)
  '57014', // query canceled: our statement_timeout
  '55P03', // lock not available
  '25006', // read-only transaction (a standby, or writes switched off)
  '40001', // serialization failure, still after our retries
  '40P01', // deadlock, still after our retries
];
const PG_WRITE_REFUSED = ['53100', '58030', '25006'];

function codeOf(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function matches(code: string, list: readonly string[]): boolean {
  return list.some((c) =>
    c.startsWith('SQLITE_')
      ? code === c || code.startsWith(`${c}_`)
      : code.length === 5 && code.startsWith(c),
  );
}

/** The database could not serve the request now; the same request may succeed later. */
export function isDatabaseUnavailable(err: unknown): boolean {
  if (err instanceof DatabaseUnavailableError) return true;
  const code = codeOf(err);
  return code !== undefined && matches(code, [...SQLITE_UNAVAILABLE, ...PG_UNAVAILABLE]);
}

/** The database answered but refused to store anything: disk full, read-only, I/O failure. */
export function isWriteRefused(err: unknown): boolean {
  const code = codeOf(err);
  return code !== undefined && matches(code, [...SQLITE_WRITE_REFUSED, ...PG_WRITE_REFUSED]);
}
