// `npm run admin -- …` run for real, in its own process, on a test database: its exit code and
// what it printed on each stream.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestDatabase } from './test-database';

const root = path.resolve(import.meta.dirname, '../../..');

export interface AdminRun {
  code: number;
  out: string;
  err: string;
}

export async function runAdmin(
  db: Pick<TestDatabase, 'env'>,
  ...args: string[]
): Promise<AdminRun> {
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
