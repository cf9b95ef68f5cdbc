// The real server in a child process of its own (helpers/ingest-server.ts), over the database
// `env` names: for tests that kill it, or run several processes on one database as behind a
// load balancer.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');

export function startServerProcess(env: Record<string, string>): {
  child: ChildProcess;
  /** The server's base URL, once it listens. */
  url: Promise<string>;
} {
  // Node itself with tsx as a loader: the tsx CLI would run the server in a grandchild that
  // SIGKILL on the CLI does not reach.
  const script = 'tests/server/helpers/ingest-server.ts';
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening (\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`server process exited early (${code})`)));
  });
  return { child, url };
}
