// Report operators for tests: fast password verifiers, sign-in through the real routes.
import { createPasswordVerifier } from '../../../sync-server/src/operators/password';
import type { OperatorScope } from '../../../sync-server/src/operators/scope';
import type { TestApp } from './test-app';
import { operatorsRepo } from '../../../sync-server/src/operators/operators-repo';

export const PASSWORD = 'correct horse battery';
let address = 0;
/** A fresh client address, so the per-address sign-in limit of one test does not hit another. */
export const nextAddress = () => `10.0.${Math.floor(++address / 250)}.${address % 250}`;

export async function addOperator(
  t: TestApp,
  id: string,
  scope: OperatorScope,
  password = PASSWORD,
): Promise<void> {
  await operatorsRepo(t.store).create(
    { id, name: `Operator ${id}`, scope, password: await createPasswordVerifier(password, 1000) },
    new Date(),
  );
}

/** Signs in through the form; returns the Cookie header value. */
export async function signInCookie(t: TestApp, id: string, password = PASSWORD): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/reports/sign-in',
    remoteAddress: nextAddress(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ username: id, password }).toString(),
  });
  if (res.statusCode !== 303) throw new Error(`sign-in failed: ${res.statusCode}`);
  const cookie = String(res.headers['set-cookie']).split(';')[0];
  if (!cookie) throw new Error('no cookie');
  return cookie;
}

/** GET as the signed-in operator. */
export function getAs(t: TestApp, cookie: string, url: string) {
  return t.app.inject({ method: 'GET', url, headers: { cookie } });
}
