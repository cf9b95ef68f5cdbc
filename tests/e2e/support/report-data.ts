// Report data for the operator-page specs: sites, operators and records made through the real
// admin command and sync API of the e2e server.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, request } from '@playwright/test';
import type { EnrollResponse } from '../../../src/domain/protocol';
import { E2E_PORT } from './server';

const root = path.resolve(import.meta.dirname, '../../..');

/** Runs the admin command against the e2e server's database; returns what it printed. */
export function admin(...args: string[]): string {
  return execFileSync(
    path.join(root, 'node_modules/.bin/tsx'),
    ['sync-server/src/admin/cli.ts', ...args],
    {
      cwd: root,
      env: { ...process.env, DATA_DIR: process.env.E2E_DATA_DIR, LOG_LEVEL: 'warn' },
    },
  ).toString();
}

/** Creates an operator with the admin command; returns the password it prints once. */
export function addOperator(username: string, name: string, scope: string): string {
  const out = admin('operator:add', '--username', username, '--name', name, '--scope', scope);
  return /Password: (\S+)/.exec(out)![1]!;
}

/** Enrolls a device for `siteId` through the API of the server on `port` (its data in
 * E2E_DATA_DIR) and pushes `records` with it. */
export async function pushAs(
  siteId: string,
  records: { id: string }[],
  port = E2E_PORT,
): Promise<void> {
  const code = /Enrollment code: (\S+)/.exec(admin('code:create', '--site', siteId))![1]!;
  const api = await request.newContext({ baseURL: `http://127.0.0.1:${port}` });
  const enrolled = (await (
    await api.post('/api/v1/enroll', { data: { code, deviceName: 'reports e2e' } })
  ).json()) as EnrollResponse;
  const res = await api.post('/api/v1/sync/push', {
    headers: { authorization: `Bearer ${enrolled.token}` },
    data: { records },
  });
  expect(res.status()).toBe(200);
  await api.dispose();
}

/** A citizen ID born in 1985 (century digit 0, year 85), random otherwise. */
export const citizenId = () => `001085${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
