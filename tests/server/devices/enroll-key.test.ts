// Enrollment with the tablet's public key: checked, and only its public part stored.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportPublicKey, generateDeviceKey } from '../../../src/domain/device-export';
import type { EnrollResponse } from '../../../src/domain/protocol';
import { createTestApp, SITE, type TestApp } from '../helpers/test-app';
import { enrollmentRepo } from '../../../sync-server/src/devices/enrollment-repo';
import { devicesRepo } from '../../../sync-server/src/devices/devices-repo';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

async function enroll(publicKey: unknown) {
  const { code } = await enrollmentRepo(t.store).create(SITE.id, {
    validHours: 1,
    maxUses: 1,
    now: new Date(),
  });
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/enroll',
    payload: { code, deviceName: 'Bàn 1', publicKey } as object,
  });
}

describe('POST /api/v1/enroll with a public key', () => {
  it('stores the public half of a Web Crypto P-256 key', async () => {
    const jwk = await exportPublicKey((await generateDeviceKey()).publicKey);
    expect(jwk).toMatchObject({ key_ops: ['verify'], ext: true });
    const res = await enroll(jwk);
    expect(res.statusCode).toBe(200);
    const device = await devicesRepo(t.store).get(res.json<EnrollResponse>().deviceId);
    expect(device?.publicKey).toEqual({ kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y });
  });

  it('enrolls without a key as before', async () => {
    const { code } = await enrollmentRepo(t.store).create(SITE.id, {
      validHours: 1,
      maxUses: 1,
      now: new Date(),
    });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/enroll',
      payload: { code, deviceName: 'x' },
    });
    expect(res.statusCode).toBe(200);
    expect(
      (await devicesRepo(t.store).get(res.json<EnrollResponse>().deviceId))?.publicKey,
    ).toBeNull();
  });

  it('refuses a private key, another curve, bad coordinates or a non-object with 400', async () => {
    const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
      'sign',
      'verify',
    ]);
    const privateJwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
    const publicJwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
    const cases: [unknown, RegExp][] = [
      [privateJwk, /private/],
      [{ ...publicJwk, crv: 'P-384' }, /P-256/],
      [{ ...publicJwk, kty: 'RSA' }, /P-256/],
      [{ ...publicJwk, x: publicJwk.y }, /not a valid/],
      [{ kty: 'EC', crv: 'P-256', x: 'abc' }, /y/],
      ['a key', /object/],
    ];
    for (const [publicKey, reason] of cases) {
      const res = await enroll(publicKey);
      expect(res.statusCode, JSON.stringify(publicKey)).toBe(400);
      expect(res.json().message).toMatch(reason);
    }
    expect(await devicesRepo(t.store).list(SITE.id)).toEqual([]);
  });
});
