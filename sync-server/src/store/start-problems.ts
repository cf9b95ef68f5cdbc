// Why the database cannot be used at start, in one line an operator can act on: what is wrong and
// what to do. Failures not listed here are bugs and keep their stack trace.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DatabaseTarget } from './database-target';
import { DatabaseUnavailableError } from './unavailable';

/** Room a start needs at least: the probe file written (and removed) in DATA_DIR is this big. */
const PROBE_BYTES = 1024 * 1024;

/**
 * Creates DATA_DIR if needed and proves it takes a write that reaches the disk: a folder that is
 * a file, read-only or full is then reported before the database is opened, not as a crash later.
 */
export function checkDataDir(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true });
  const probe = path.join(dataDir, '.write-check');
  try {
    writeFileSync(probe, Buffer.alloc(PROBE_BYTES), { flush: true });
  } finally {
    rmSync(probe, { force: true });
  }
}

function codes(err: unknown): string[] {
  const found: string[] = [];
  for (let e = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') found.push(code);
    if (e instanceof DatabaseUnavailableError) found.push('UNAVAILABLE');
  }
  return found;
}

function message(err: unknown): string {
  let e = err;
  while (e instanceof Error && e.cause instanceof Error) e = e.cause;
  return e instanceof Error ? e.message : String(e);
}

function sqliteProblem(code: string, dataDir: string): string | undefined {
  const where = `DATA_DIR ${dataDir}`;
  if (code === 'ENOTDIR' || code === 'EEXIST') {
    return `${where} is not a folder (a file is in the way): set DATA_DIR to a folder, or move the file away`;
  }
  if (['ENOSPC', 'EDQUOT', 'EFBIG'].includes(code) || code.startsWith('SQLITE_FULL')) {
    return `${where} has no room to write (${code}: a full disk, a quota or a file size limit): free space there, or set DATA_DIR to a folder on a disk with room`;
  }
  if (['EACCES', 'EPERM', 'EROFS'].includes(code) || /^SQLITE_(READONLY|CANTOPEN)/.test(code)) {
    return `${where} cannot be written (${code}): make it writable for this user, or set DATA_DIR to a writable folder`;
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') {
    return `${where} cannot be written, the disk reports an I/O error (${code}): check the disk, or set DATA_DIR to another one`;
  }
  if (/^SQLITE_(CORRUPT|NOTADB)/.test(code)) {
    return `${where} holds a damaged database file (${code}): restore it from a backup`;
  }
  if (code.startsWith('SQLITE_BUSY')) {
    return `${where}: another process keeps the database locked: stop it, then start again`;
  }
  return undefined;
}

/** PostgreSQL refusals at connection time (bad password, no such database or role). */
const PG_CONNECT_REFUSALS = ['28000', '28P01', '3D000', '53300', '57P03'];

function postgresProblem(codes: string[], err: unknown, url: string): string | undefined {
  if (!codes.some((c) => c === 'UNAVAILABLE' || PG_CONNECT_REFUSALS.includes(c))) return undefined;
  const { host, pathname } = new URL(url);
  return `PostgreSQL at ${host}${pathname} cannot be used (${message(err)}): check that it runs and accepts this server, and that DATABASE_URL is right`;
}

/** The operator's one line for a failure of opening, migrating or first writing `target`. */
export function startProblem(err: unknown, target: DatabaseTarget): string | undefined {
  const found = codes(err);
  if (target.kind === 'postgres') return postgresProblem(found, err, target.url);
  for (const code of found) {
    const problem = sqliteProblem(code, target.dataDir);
    if (problem) return problem;
  }
  return undefined;
}
