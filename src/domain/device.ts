// The enrolled tablet: what enrollment (src/sync) yields and the device store (src/data) keeps.
// Declared here so neither of those two layers has to import the other.
import type { Site } from './protocol';

export interface Device {
  serverUrl: string;
  deviceId: string;
  token: string;
  site: Site;
  /** Signs offline exports; the private half never leaves the browser (see device-export.ts). */
  key?: CryptoKeyPair;
}
