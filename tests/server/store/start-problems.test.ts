// A server that cannot use its database at start says so in one line an
// operator can act on (what is wrong, what to do) and exits non-zero, without a stack trace.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { onPostgres } from '../helpers/test-database';

const root = path.resolve(import.meta.dirname, '../../..');

function startServer(
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'sync-server/src/server.ts'], {
    cwd: root,
    // No DATABASE_URL from the test's own environment unless the case sets one. The port is never
    // listened on: each case fails before.
    env: { ...process.env, DATABASE_URL: '', PORT: '18130', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  // A server that starts after all is stopped, and the test fails on its exit code.
  const started = setTimeout(() => child.kill('SIGKILL'), 40_000);
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(started);
      resolve({ code, stderr });
    }),
  );
}

// The server process is the same on both projects: these run once, in the SQLite one.
describe.skipIf(onPostgres)('starting with a database it cannot use', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'vax-start-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const expectOneLine = (stderr: string, says: RegExp) => {
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(says);
    expect(stderr).not.toMatch(/^\s+at /m);
  };

  it('says DATA_DIR is a file, and what to do', async () => {
    const file = path.join(dir, 'data');
    writeFileSync(file, 'not a folder');
    const { code, stderr } = await startServer({ DATA_DIR: file });
    expect(code).not.toBe(0);
    expectOneLine(stderr, /DATA_DIR .*data is not a folder.*set DATA_DIR to a folder/);
  }, 60_000);

  it('says DATA_DIR cannot be created under a file', async () => {
    writeFileSync(path.join(dir, 'file'), '');
    const { code, stderr } = await startServer({ DATA_DIR: path.join(dir, 'file', 'data') });
    expect(code).not.toBe(0);
    expectOneLine(stderr, /DATA_DIR .* is not a folder/);
  }, 60_000);

  it('says PostgreSQL cannot be reached, and what to check', async () => {
    // Port 1 on the loopback: nothing listens, the connection is refused.
    const { code, stderr } = await startServer({
      DATABASE_URL: 'postgres://vax@127.0.0.1:1/vax',
      DB_CONNECT_TIMEOUT_MS: '1000',
    });
    expect(code).not.toBe(0);
    expectOneLine(stderr, /PostgreSQL at 127\.0\.0\.1:1\/vax cannot be used .*DATABASE_URL/);
  }, 60_000);
});
