// The real sync-server (sync-server/src/server.ts) as a child process, killed with SIGKILL and
// restarted during the run. By default its sources are first bundled into one file with esbuild
// (the same code, minus the per-start TypeScript transform): a restart then takes about a second
// instead of three to five under `node --import tsx`, and restarts are part of what is measured.
// `--server tsx` runs the sources through tsx instead. Either way no wrapper process sits between
// the kill and the server.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const HEALTH_TIMEOUT_MS = 60_000;
/** Inside node_modules so the bundle's bare imports (fastify, kysely…) resolve as the sources'. */
const BUNDLE = path.join(root, 'node_modules/.cache/vax-bench-load/server.mjs');

/** 'bundle', 'tsx', or the path of a server already built (to compare a patched build). */
export type ServerMode = string;

/** The node arguments that start the server in `mode` (bundling it first when asked to). */
export async function serverEntry(mode: ServerMode): Promise<string[]> {
  if (mode === 'tsx') return ['--import', 'tsx', 'sync-server/src/server.ts'];
  if (mode !== 'bundle') return [path.resolve(mode)];
  // esbuild comes with tsx and vite; packages stay external, only the project's code is bundled.
  const esbuild = await import('esbuild');
  // The SQLite writer thread's module beside the server's, where the bundled server looks for it.
  await esbuild.build({
    entryPoints: {
      server: path.join(root, 'sync-server/src/server.ts'),
      'writer-worker': path.join(root, 'sync-server/src/sync/batch-writer/writer-worker.ts'),
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outdir: path.dirname(BUNDLE),
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
  });
  return [BUNDLE];
}

export interface ServerProcess {
  port: number;
  /** Start-up times (spawn → /healthz answers ok), in ms, one per start. */
  startups: number[];
  start(): Promise<void>;
  /** SIGKILL: no shutdown hook runs, whatever batch is in flight is cut off mid-way. */
  kill(): Promise<void>;
  /** SIGTERM and wait (the end of the run: lets the database close cleanly). */
  stop(): Promise<void>;
  /** The server's output (warnings and errors at LOG_LEVEL=warn), for the report on failure. */
  output(): string;
  /** How many times the server exited by itself (not killed or stopped by the caller). */
  exits(): number;
}

export function serverProcess(
  port: number,
  dbEnv: Record<string, string>,
  entry: readonly string[],
  extraNodeArgs: readonly string[] = [],
): ServerProcess {
  let child: ChildProcess | undefined;
  let output = '';
  let exitsOnItsOwn = 0;
  const startups: number[] = [];

  const exited = (c: ChildProcess) =>
    new Promise<void>((resolve) => {
      if (c.exitCode !== null || c.signalCode !== null) resolve();
      else c.once('exit', () => resolve());
    });

  return {
    port,
    startups,
    async start() {
      const t0 = performance.now();
      const c = spawn(process.execPath, [...extraNodeArgs, ...entry], {
        cwd: root,
        env: {
          ...process.env,
          ...dbEnv,
          PORT: String(port),
          HOST: '127.0.0.1',
          STATIC_DIR: path.join(root, 'tests/bench/load/no-static'),
          LOG_LEVEL: 'warn',
          DEMO_REGISTRATIONS: '0',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = c;
      // kill() and stop() forget the child first: an exit while it is still ours was its own.
      c.once('exit', () => {
        if (child === c) exitsOnItsOwn++;
      });
      const keep = (chunk: Buffer) => {
        // Keep the tail only: a long run must not grow this without bound.
        output = (output + chunk.toString()).slice(-20_000);
      };
      c.stdout?.on('data', keep);
      c.stderr?.on('data', keep);
      await waitForHealth(port, c);
      startups.push(performance.now() - t0);
    },
    async kill() {
      if (!child) return;
      const c = child;
      child = undefined;
      c.kill('SIGKILL');
      await exited(c);
    },
    async stop() {
      if (!child) return;
      const c = child;
      child = undefined;
      c.kill('SIGTERM');
      await exited(c);
    },
    output: () => output,
    exits: () => exitsOnItsOwn,
  };
}

async function waitForHealth(port: number, child: ChildProcess): Promise<void> {
  const deadline = performance.now() + HEALTH_TIMEOUT_MS;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`server did not answer /healthz within ${HEALTH_TIMEOUT_MS} ms`);
}
