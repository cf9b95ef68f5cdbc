import { existsSync } from 'node:fs';
import path from 'node:path';
import { startServer } from './server';

// One server for the run; each test makes its own enrollment code with the admin command.
export default async function globalSetup() {
  const dist = path.resolve(import.meta.dirname, '../../../dist/index.html');
  if (!existsSync(dist)) throw new Error('dist/ is missing: run `npm run build` first');
  const server = await startServer();
  process.env.E2E_DATA_DIR = server.dataDir;
  process.env.E2E_ENROLLMENT_CODE = server.enrollmentCode;
  return () => server.stop();
}
