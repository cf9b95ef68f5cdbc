// Looks into a test tablet's own storage from the outside: its device id, its device key (used
// in place, never exported), its outbox and the site device list it holds.
import type { Page } from '@playwright/test';

/** The enrolled device's id, from the tablet's device store. */
export const deviceIdOf = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('vax-device');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('kv').objectStore('kv').get('device');
          get.onerror = () => reject(get.error);
          get.onsuccess = () => resolve((get.result as { deviceId: string }).deviceId);
        };
      }),
  );

/** A signer with the tablet's own device key, the private half staying in its browser. */
export const signerOf =
  (page: Page) =>
  async (bytes: Uint8Array): Promise<Uint8Array> =>
    new Uint8Array(
      await page.evaluate(
        (data) =>
          new Promise<number[]>((resolve, reject) => {
            const open = indexedDB.open('vax-device');
            open.onsuccess = () => {
              const get = open.result.transaction('kv').objectStore('kv').get('device');
              get.onsuccess = () => {
                const { key } = get.result as { key: CryptoKeyPair };
                const algorithm = { name: 'ECDSA', hash: 'SHA-256' };
                crypto.subtle
                  .sign(algorithm, key.privateKey, new Uint8Array(data))
                  .then((s) => resolve([...new Uint8Array(s)]), reject);
              };
            };
          }),
        [...bytes],
      ),
    );

/** The ids in the tablet's outbox: what it has not had confirmed by the server. */
export const outboxIds = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('vax-checkin');
        open.onsuccess = () => {
          const keys = open.result.transaction('outbox').objectStore('outbox').getAllKeys();
          keys.onsuccess = () => resolve(keys.result as string[]);
        };
      }),
  );

/** How many of the site's devices the tablet holds the keys of (0 before the first pull). */
export const siteDevicesHeld = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('vax-checkin');
        open.onsuccess = () => {
          const get = open.result.transaction('meta').objectStore('meta').get('siteDevices');
          get.onsuccess = () => resolve((get.result?.value as unknown[] | undefined)?.length ?? 0);
        };
      }),
  );
