// Runs ingest-server.ts as a child process: the real server, its own process, so that a test can
// kill it, or prove that it survived what was done to its database.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');

export interface ChildServer {
  child: ChildProcess;
  /** Its base URL, once it listens; rejects if it exits first. */
  url: Promise<string>;
  /** What it wrote to stderr so far. */
  stderr(): string;
}

export function startChildServer(env: Record<string, string>): ChildServer {
  // Node itself with tsx as a loader: the tsx CLI would run the server in a grandchild that
  // SIGKILL on the CLI does not reach.
  const script = 'tests/server/helpers/ingest-server.ts';
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const url = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening (\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`ingest server exited early (${code}):\n${err}`)));
  });
  return { child, url, stderr: () => err };
}
