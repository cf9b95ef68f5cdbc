import { describe, expect, it } from 'vitest';
import { newId } from '../../../src/domain/ids';
import { createPinVerifier } from '../../../src/domain/pin';
import { isoWithOffset } from '../../../src/domain/time';
import { createAppServices } from '../../../src/services/create-app-services';
import { numberedCheckin, registration } from '../../support/records';
import { ENROLLMENT_CODE, FakeServer, SITE_INFO } from '../sync/fake-server';

async function start(server: FakeServer, fetch: typeof globalThis.fetch = server.fetch) {
  // Fresh names per test; fake-indexeddb lives in memory, so nothing needs deleting.
  const options = {
    dbName: `svc-${newId()}`,
    deviceDbName: `dev-${newId()}`,
    fetch,
    autoSync: false,
  };
  return { services: await createAppServices(options), reopen: () => createAppServices(options) };
}

describe('createAppServices', () => {
  it('enrolls, keeps the device across restarts, pulls, saves and pushes', async () => {
    const server = new FakeServer();
    const reg = registration(5);
    const volunteer = {
      id: 'staff-volunteer-1',
      name: 'Phúc',
      role: 'volunteer' as const,
      pin: await createPinVerifier('246810', 1000),
    };
    server.feed = [
      { entity: 'registration', op: 'put', key: reg.id, data: reg },
      { entity: 'staff', op: 'put', key: volunteer.id, data: volunteer },
    ];
    const { services, reopen } = await start(server);
    expect(await services.enrollment.current()).toBeNull();

    const info = await services.enrollment.enroll('http://server/', ENROLLMENT_CODE, 'Tablet 1');
    expect(info).toEqual({ serverUrl: 'http://server', deviceId: 'dev-1', site: SITE_INFO });
    expect(await (await reopen()).enrollment.current()).toEqual(info);

    await services.sync.pull();
    expect(await services.reference.registrationCount()).toBe(1);
    expect(await services.reference.registrationByCitizenId(reg.citizen.id!)).toEqual(reg);

    const record = numberedCheckin(1, isoWithOffset(new Date()));
    // Nobody signed in: nothing is stored.
    expect(await services.checkins.save(record)).toMatchObject({ ok: false });
    expect(await services.session.signIn(volunteer.id, '246810')).toBe('ok');
    expect(await services.checkins.save(record)).toEqual({ ok: true });
    expect(services.sync.status().queued).toBe(1);
    expect(await services.checkins.today()).toEqual([
      { checkin: record, stage: 'waiting-screening' },
    ]);

    await services.sync.flush();
    expect(server.stored.has(record.id)).toBe(true);
    expect(services.sync.status()).toMatchObject({ queued: 0, needsAttention: 0 });
  });

  it('refuses an invalid record without queueing it', async () => {
    const { services } = await start(new FakeServer());
    const result = await services.checkins.save({ ...numberedCheckin(), visitKey: 'nope' });
    expect(result.ok).toBe(false);
    expect(services.sync.status().queued).toBe(0);
  });

  it('reports enrollment problems as i18n keys', async () => {
    const server = new FakeServer();
    const { services } = await start(server);
    const enroll = (url: string, code = ENROLLMENT_CODE) =>
      services.enrollment.enroll(url, code, 'Tablet');
    await expect(enroll('http://server', 'WRONG')).rejects.toThrow('enroll.badCode');
    await expect(enroll('not a url')).rejects.toThrow('enroll.badUrl');
    await expect(enroll('ftp://server')).rejects.toThrow('enroll.badUrl');
    const offline = await start(server, async () => Promise.reject(new TypeError('offline')));
    await expect(offline.services.enrollment.enroll('http://x', 'C', 'T')).rejects.toThrow(
      'enroll.unreachable',
    );
    const limited = await start(server, async () => new Response('{}', { status: 429 }));
    await expect(limited.services.enrollment.enroll('http://x', 'C', 'T')).rejects.toThrow(
      'enroll.tooMany',
    );
    const broken = await start(server, async () => new Response('{}', { status: 500 }));
    await expect(broken.services.enrollment.enroll('http://x', 'C', 'T')).rejects.toThrow(
      'enroll.serverError',
    );
    expect(await services.enrollment.current()).toBeNull();
  });
});
