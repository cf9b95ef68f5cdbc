// The enrolled device, kept in its own small IndexedDB store so wiping or upgrading the main
// database never loses the credentials, and the token never travels with exported data.
import { createStore, del, get, set } from 'idb-keyval';
import type { Device } from '../domain/device';

export interface DeviceStore {
  load(): Promise<Device | undefined>;
  save(device: Device): Promise<void>;
  clear(): Promise<void>;
}

const KEY = 'device';

export function createDeviceStore(dbName = 'vax-device'): DeviceStore {
  const store = createStore(dbName, 'kv');
  return {
    load: () => get<Device>(KEY, store),
    save: (device) => set(KEY, device, store),
    clear: () => del(KEY, store),
  };
}
