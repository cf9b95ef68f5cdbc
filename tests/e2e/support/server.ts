// Starts the real sync-server (SQLite in a temp folder, serving the built PWA) for e2e tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Ports of the e2e servers: the shared one (E2E_PORT, 18080 unless set) and those of the specs
// that need a server of their own, E2E_PORT + 2, + 4, + 6, + 8 and + 10.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 18080);
export const OWN_SERVER_PORTS = {
  /** update.spec publishes a new build. */
  update: E2E_PORT + 2,
  /** mobile-day.spec compares the day's figures with the server's. */
  mobileDay: E2E_PORT + 4,
  /** backbone.spec counts every check-in of the site. */
  backbone: E2E_PORT + 6,
  /** registry-queue.spec imports a registry and reconciles the whole site. */
  registryQueue: E2E_PORT + 8,
  /** dcc-desk.spec makes an issuer and a registry-verified certificate holder. */
  dccDesk: E2E_PORT + 10,
};
const root = path.resolve(import.meta.dirname, '../../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

export interface RunningServer {
  process: ChildProcess;
  dataDir: string;
  enrollmentCode: string;
  stop(): Promise<void>;
}

export function serverEnv(
  dataDir: string,
  port = E2E_PORT,
  staticDir = path.join(root, 'dist'),
): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    STATIC_DIR: staticDir,
    LOG_LEVEL: 'warn',
    // Every test tablet enrolls from 127.0.0.1: one address for a whole fleet, as behind a NAT.
    ENROLL_RATE_LIMIT: '1000',
  };
}

export async function startServer(
  dataDir = mkdtempSync(path.join(tmpdir(), 'vax-e2e-')),
  port = E2E_PORT,
  staticDir?: string,
): Promise<RunningServer> {
  const child = spawn(tsx, ['sync-server/src/server.ts'], {
    cwd: root,
    env: serverEnv(dataDir, port, staticDir),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const enrollmentCode = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Enrollment code: (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
  await waitForHealth(port);
  return {
    process: child,
    dataDir,
    enrollmentCode,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function waitForHealth(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('sync-server never became healthy');
}
