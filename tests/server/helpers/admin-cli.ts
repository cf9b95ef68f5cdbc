// `npm run admin -- …` on a test database: its exit code and what it printed on each stream, run
// for real in its own process (runAdmin), or in this one (runAdminHere) where the test is about
// what the command does rather than its process: each process start costs tsx ~2 s of CPU.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { format, promisify } from 'node:util';
import { vi } from 'vitest';
import { runAdminCommand } from '../../../sync-server/src/admin/run-admin';
import type { TestDatabase } from './test-database';

const root = path.resolve(import.meta.dirname, '../../..');

export interface AdminRun {
  code: number;
  out: string;
  err: string;
}

type Db = Pick<TestDatabase, 'env'>;

export async function runAdmin(db: Db, ...args: string[]): Promise<AdminRun> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'sync-server/src/admin/cli.ts', ...args],
      { cwd: root, env: { ...process.env, ...db.env } },
    );
    return { code: 0, out: stdout, err: stderr };
  } catch (e) {
    const failed = e as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout, err: failed.stderr };
  }
}

/** The same run in this process: console.log is its stdout; console.error and stderr, its stderr. */
export async function runAdminHere(db: Db, ...args: string[]): Promise<AdminRun> {
  const out: string[] = [];
  const err: string[] = [];
  const spies = [
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => out.push(`${format(...a)}\n`)),
    vi
      .spyOn(console, 'error')
      .mockImplementation((...a: unknown[]) => err.push(`${format(...a)}\n`)),
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      err.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    }),
  ];
  try {
    const code = await runAdminCommand(args, { ...process.env, ...db.env });
    return { code, out: out.join(''), err: err.join('') };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}
