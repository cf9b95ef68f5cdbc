// A revoked tablet's way back: a new enrollment code makes it a new device of
// its site; the outbox and the day's records stay and are pushed as that device. Moving to
// another site is refused while records of the old one wait (every one would be rejected there).
import { describe, expect, it, vi } from 'vitest';
import { newId } from '../../../src/domain/ids';
import { createPinVerifier } from '../../../src/domain/pin';
import { isoWithOffset } from '../../../src/domain/time';
import { createAppServices } from '../../../src/services/create-app-services';
import { numberedCheckin, registration } from '../../support/records';
import { ENROLLMENT_CODE, FakeServer, SITE_INFO } from '../sync/fake-server';

const OTHER_SITE = { id: 'other-site', name: 'Trạm Y tế Xã An Phú', province: '079' };

/** Enrolled, pulled, signed in, with `queued` check-ins saved and the tablet then revoked. */
async function revokedTablet(queued: number) {
  const server = new FakeServer();
  const volunteer = {
    id: 'staff-volunteer-1',
    name: 'Phúc',
    role: 'volunteer' as const,
    pin: await createPinVerifier('246810', 1000),
  };
  const reg = registration(5);
  server.feed = [
    { entity: 'registration', op: 'put', key: reg.id, data: reg },
    { entity: 'staff', op: 'put', key: volunteer.id, data: volunteer },
  ];
  /** While set, pull requests wait for it. */
  let pullGate: Promise<void> | null = null;
  const services = await createAppServices({
    dbName: `svc-${newId()}`,
    deviceDbName: `dev-${newId()}`,
    async fetch(input, init) {
      if (String(input).includes('/sync/pull')) await pullGate;
      return server.fetch(input, init);
    },
    autoSync: false,
  });
  const holdPulls = () => {
    let release!: () => void;
    pullGate = new Promise((resolve) => (release = resolve));
    return () => {
      pullGate = null;
      release();
    };
  };
  await services.enrollment.enroll('http://server', ENROLLMENT_CODE, 'Tablet 1');
  await services.sync.pull();
  expect(await services.session.signIn(volunteer.id, '246810')).toBe('ok');
  const records = Array.from({ length: queued }, (_, i) =>
    numberedCheckin(i + 1, isoWithOffset(new Date())),
  );
  for (const record of records) expect(await services.checkins.save(record)).toEqual({ ok: true });

  server.tokens.delete('token-1');
  await services.sync.flush();
  await services.sync.pull();
  expect(services.sync.status()).toMatchObject({
    queued,
    lastError: { key: 'sync.unauthorized' },
  });
  return { server, services, records, holdPulls };
}

describe('enrolling a revoked tablet again', () => {
  it('keeps its outbox and the day’s records, and sends them as the new device', async () => {
    const { server, services, records } = await revokedTablet(2);
    server.codes.set('NEW-CODE', SITE_INFO);

    const info = await services.enrollment.enroll('http://server', 'NEW-CODE', 'Tablet 1');
    expect(info).toMatchObject({ deviceId: 'dev-2', site: SITE_INFO });
    await vi.waitFor(() => expect(services.sync.status().queued).toBe(0), { timeout: 5000 });
    expect([...server.stored.keys()].sort()).toEqual(records.map((r) => r.id).sort());
    expect(services.sync.status().lastError).toBeNull();
    expect((await services.checkins.today()).map((v) => v.checkin.id).sort()).toEqual(
      records.map((r) => r.id).sort(),
    );
    // Same site: the reference data and the person signed in stay.
    expect(await services.reference.registrationCount()).toBe(1);
    expect(services.session.current()?.id).toBe('staff-volunteer-1');
  });

  it('a pull still running for the revoked device does not answer for the new one', async () => {
    const { server, services, holdPulls } = await revokedTablet(1);
    server.codes.set('NEW-CODE', SITE_INFO);
    const release = holdPulls();
    const stale = services.sync.pull(); // with the revoked token, held in flight
    await services.enrollment.enroll('http://server', 'NEW-CODE', 'Tablet 1');
    const fresh = services.sync.pull(); // the preparing screen's pull
    release();
    await Promise.all([stale, fresh]);
    expect(services.sync.status().lastError).toBeNull();
    await vi.waitFor(() => expect(services.sync.status().queued).toBe(0), { timeout: 5000 });
    expect(services.sync.status().lastError).toBeNull();
  });

  it('refuses another site while records of its own wait, and stays as it was', async () => {
    const { server, services, records } = await revokedTablet(1);
    server.codes.set('OTHER-CODE', OTHER_SITE);

    await expect(
      services.enrollment.enroll('http://server', 'OTHER-CODE', 'Tablet 1'),
    ).rejects.toThrow('enroll.otherSite');
    expect(await services.enrollment.current()).toMatchObject({
      deviceId: 'dev-1',
      site: SITE_INFO,
    });
    await services.sync.flush();
    expect(services.sync.status()).toMatchObject({
      queued: 1,
      lastError: { key: 'sync.unauthorized' },
    });
    expect(server.stored.has(records[0]!.id)).toBe(false);
    expect(await services.reference.staff()).toHaveLength(1);
  });

  it('with nothing queued, moves to another site and forgets the old site’s data', async () => {
    const { server, services } = await revokedTablet(0);
    server.codes.set('OTHER-CODE', OTHER_SITE);
    server.feed = [];
    server.pulls.length = 0;

    const info = await services.enrollment.enroll('http://server', 'OTHER-CODE', 'Tablet 1');
    expect(info.site).toEqual(OTHER_SITE);
    await services.sync.pull();
    // The new site's pull starts from the beginning, with none of the old site's people.
    expect(server.pulls[0]).toBeNull();
    expect(await services.reference.registrationCount()).toBe(0);
    expect(await services.reference.staff()).toEqual([]);
    expect(services.session.current()).toBeNull();
  });
});
