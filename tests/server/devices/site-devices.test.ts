import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportPublicKey, generateDeviceKey } from '../../../src/domain/device-export';
import { readSiteDevices } from '../../../src/domain/handoff/site-devices';
import { devicesRepo } from '../../../sync-server/src/devices/devices-repo';
import { createTestApp, enrollDevice, OTHER_SITE, SITE, type TestApp } from '../helpers/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

const newKey = async () => exportPublicKey((await generateDeviceKey()).publicKey);

describe('GET /api/v1/sync/devices', () => {
  it("lists the asking tablet's site's devices with their public keys and revocation", async () => {
    const keyA = await newKey();
    const a = await enrollDevice(t, SITE.id, 'Bàn tiếp đón', keyA);
    const b = await enrollDevice(t, SITE.id, 'Bàn tiêm', await newKey());
    const old = await enrollDevice(t, SITE.id, 'Máy cũ');
    await enrollDevice(t, OTHER_SITE.id, 'Máy trạm khác', await newKey());
    await devicesRepo(t.store).revoke(old.deviceId, new Date('2026-12-07T01:00:00Z'));

    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/sync/devices',
      headers: b.headers,
    });
    expect(res.statusCode).toBe(200);
    const devices = readSiteDevices(res.json());
    expect(devices?.map((d) => d.id).sort()).toEqual([a.deviceId, b.deviceId, old.deviceId].sort());
    const listedA = devices?.find((d) => d.id === a.deviceId);
    expect(listedA).toEqual({
      id: a.deviceId,
      name: 'Bàn tiếp đón',
      publicKey: { kty: 'EC', crv: 'P-256', x: keyA.x, y: keyA.y },
      revokedAt: null,
    });
    const listedOld = devices?.find((d) => d.id === old.deviceId);
    expect(listedOld?.publicKey).toBeNull();
    expect(listedOld?.revokedAt).toBe('2026-12-07T01:00:00.000Z');
    // Nothing secret: no token hash, no private key part.
    expect(res.body).not.toMatch(/token|"d"/);
  });

  it('is refused without a device token', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/sync/devices' });
    expect(res.statusCode).toBe(401);
  });
});
