// Wires storage (src/data), the sync engine and its triggers (src/sync) into the services the UI
// consumes (contracts.ts). Called once from src/app/main.tsx.
import type {
  AppServices,
  CertificateService,
  CheckinService,
  DeviceInfo,
  VisitService,
} from './contracts';
import { AttentionRepository } from '../data/attention-repo';
import { createChangeSignal } from './change-signal';
import { openDb } from '../data/db';
import { createStaffSession } from './staff-session';
import { MetaRepository } from '../data/meta-repo';
import { PinFailureRepository } from '../data/pin-failures-repo';
import { OutboxRepository } from '../data/outbox-repo';
import { RecordRepository } from '../data/record-repo';
import { ReferenceRepository } from '../data/reference-repo';
import { DccListRepository } from '../data/dcc-list-repo';
import { createDccListsPuller } from '../sync/dcc-lists-pull';
import { createApiClient, type ApiClient } from '../sync/api-client';
import { createDeviceStore } from '../data/device-store';
import type { Device } from '../domain/device';
import { enrollDevice, mayMoveTo } from '../sync/enroll';
import { SyncEngine } from '../sync/sync-engine';
import { lazyService } from './lazy-service';
import { createSettingsService } from './settings-service';
import type { StationServices } from './station-services';
import { startTriggers } from '../sync/triggers';

export interface ServiceOptions {
  dbName?: string;
  deviceDbName?: string;
  fetch?: typeof fetch;
  /** Start the automatic triggers (timers, online, Background Sync); tests turn them off. */
  autoSync?: boolean;
  /** Lock the signed-in session after this long without activity. */
  idleLockMs?: number;
}

const info = ({ serverUrl, deviceId, site }: Device): DeviceInfo => ({ serverUrl, deviceId, site });

export async function createAppServices(
  options: ServiceOptions = {},
): Promise<Omit<AppServices, 'updates' | 'scanner'>> {
  const db = openDb(options.dbName);
  const records = new RecordRepository(db);
  const outbox = new OutboxRepository(db);
  const attention = new AttentionRepository(db);
  const reference = new ReferenceRepository(db);
  const devices = createDeviceStore(options.deviceDbName);

  let device = await devices.load();
  let api: ApiClient | undefined;
  const connect = (d: Device): void => {
    api = createApiClient({ baseUrl: d.serverUrl, token: d.token, fetch: options.fetch });
  };
  if (device) connect(device);

  const meta = new MetaRepository(db);
  const dccLists = new DccListRepository(db);
  const pullLists = createDccListsPuller({ store: dccLists, fetch: options.fetch });
  // The site's device list (hand-off codes) loads its code only when it is needed.
  const siteDevices = () => import('../sync/site-devices-pull');
  const engine = new SyncEngine({
    ...{ api: () => api, outbox, attention, reference, meta },
    afterPull: async () =>
      device &&
      Promise.all([
        pullLists(device.serverUrl),
        siteDevices().then((m) => m.pullSiteDevices(api, meta)),
      ]),
  });
  await engine.refresh();
  const triggers = options.autoSync === false ? undefined : startTriggers(engine);
  const session = createStaffSession({
    staff: () => reference.staff(),
    failures: new PinFailureRepository(db),
    ...(options.idleLockMs === undefined ? {} : { idleMs: options.idleLockMs }),
  });
  const visitChanges = createChangeSignal();
  let verifier: Promise<CertificateService> | undefined;
  const loadVerifier = () =>
    (verifier ??= import('./certificate-verifier').then(
      (m) => m.createCertificateVerifier(dccLists),
      (error: unknown) => {
        verifier = undefined; // a failed load is tried again at the next scan
        throw error;
      },
    ));
  let stations: Promise<StationServices> | undefined;
  const loadStations = () =>
    (stations ??= import('./station-services').then((m) =>
      m.createStationServices({
        records,
        reference,
        outbox,
        session,
        siteId: () => device?.site.id,
        api: () => api,
        device: () =>
          device && { deviceId: device.deviceId, siteId: device.site.id, key: device.key },
        siteDevices: async () => (await siteDevices()).heldSiteDevices(meta),
        changes: visitChanges,
        async onSaved() {
          triggers?.saved();
          await engine.refresh();
        },
      }),
    ));
  // subscribe is synchronous and must work before the station code loads: it goes to the signal.
  const visits = {
    ...lazyService<Omit<VisitService, 'subscribe'>>(async () => (await loadStations()).visits, {
      today: true,
      find: true,
      view: true,
      detail: true,
      save: true,
    }),
    subscribe: visitChanges.subscribe,
  };

  return {
    enrollment: {
      current: async () => (device ? info(device) : null),
      // Also the way back for a revoked tablet: a new code makes it a new device, and the outbox
      // and the day's records stay to be pushed as that device.
      async enroll(serverUrl, code, deviceName) {
        const enrolled = await enrollDevice(serverUrl, code, deviceName, options.fetch);
        if (!mayMoveTo(enrolled.site.id, await outbox.queuedSites())) {
          throw new Error('enroll.otherSite');
        }
        if (device !== undefined && device.site.id !== enrolled.site.id) {
          await reference.forgetSite();
          session.lock();
        }
        await devices.save(enrolled);
        device = enrolled;
        connect(enrolled);
        void engine.pull(); // start the first pull now; the UI's own pull() call joins it
        void engine.flush();
        triggers?.wake();
        return info(enrolled);
      },
    },
    sync: {
      status: () => engine.status(),
      subscribe: (listener) => engine.subscribe(listener),
      flush: () => engine.flush(),
      pull: () => engine.pull(),
      needsAttention: () => attention.list(),
    },
    reference: {
      registrationByCitizenId: (id) => reference.registrationByCitizenId(id),
      registrationByCode: (code) => reference.registrationByCode(code),
      registrationsByNameDob: (name, dob) => reference.registrationsByNameDob(name, dob),
      citizenById: (id) => reference.citizenById(id),
      registrationCount: () => reference.registrationCount(),
      staff: () => reference.staff(),
    },
    checkins: {
      ...lazyService<Omit<CheckinService, 'save'>>(async () => (await loadStations()).checkins, {
        today: true,
      }),
      save: (record) => visits.save(record),
    },
    session,
    settings: createSettingsService(meta),
    visits,
    stock: lazyService(async () => (await loadStations()).stock, { lots: true, vials: true }),
    dayReport: lazyService(async () => (await loadStations()).dayReport, {
      local: true,
      server: true,
    }),
    exports: lazyService(async () => (await loadStations()).exports, { unsynced: true }),
    handoff: lazyService(async () => (await loadStations()).handoff, {
      visitCode: true,
      receive: true,
      dayTransfer: true,
      receiveFrame: true,
    }),
    certificates: {
      async verify(text) {
        const check = await (await loadVerifier()).verify(text);
        // The signer may be new: ask for the lists now (not in 3 hours), so the next scan knows it.
        if (check.reason === 'kid-unknown' && device) {
          void pullLists(device.serverUrl, { revalidate: true });
        }
        return check;
      },
    },
  };
}
