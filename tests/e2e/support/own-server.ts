// A server of the spec's own, with a fresh demo site, for a spec that counts everything the site
// holds (every check-in, the day's figures against the server's): beside it, the other specs run
// at once against the shared server, and their records would be counted too.
import { test } from '@playwright/test';
import { startServer, type RunningServer } from './server';

export function useOwnServer(port: number): void {
  let server: RunningServer | undefined;
  let shared: string | undefined;
  test.use({ baseURL: `http://127.0.0.1:${port}` });
  test.beforeAll(async () => {
    server = await startServer(undefined, port);
    // The admin commands and the database look-ups of support/ follow E2E_DATA_DIR; this worker
    // runs one spec file at a time, and the shared server's is restored after it.
    shared = process.env.E2E_DATA_DIR;
    process.env.E2E_DATA_DIR = server.dataDir;
  });
  test.afterAll(async () => {
    process.env.E2E_DATA_DIR = shared;
    await server?.stop();
  });
}
