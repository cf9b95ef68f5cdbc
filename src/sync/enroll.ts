// Enrollment: trade a one-time code for a device token. Failures become Errors whose message is
// the i18n key the enrollment screen shows.
import { exportPublicKey, generateDeviceKey } from '../domain/device-export';
import type { ApiFailure, ApiClientOptions } from './api-client';
import { createApiClient } from './api-client';
import type { Device } from '../domain/device';

function failureMessage(failure: ApiFailure): string {
  if (failure.status === 429) return 'enroll.tooMany';
  if (failure.kind === 'retryable' && failure.status === undefined) return 'enroll.unreachable';
  if (failure.kind === 'bad-response' || failure.status === 404) return 'enroll.badUrl';
  if (failure.kind === 'bad-request' || failure.kind === 'unauthorized') return 'enroll.badCode';
  return 'enroll.serverError';
}

/** The server's base URL without a trailing slash; throws `enroll.badUrl` if it is not http(s). */
export function normalizeServerUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new Error('enroll.badUrl');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('enroll.badUrl');
  return url.href.replace(/\/+$/, '');
}

export async function enrollDevice(
  serverUrl: string,
  code: string,
  deviceName: string,
  fetchImpl?: ApiClientOptions['fetch'],
): Promise<Device> {
  const baseUrl = normalizeServerUrl(serverUrl);
  const key = await generateDeviceKey();
  const result = await createApiClient({ baseUrl, fetch: fetchImpl }).enroll({
    code: code.trim(),
    deviceName,
    publicKey: await exportPublicKey(key.publicKey),
  });
  if (!result.ok) throw new Error(failureMessage(result.failure));
  const { deviceId, token, site } = result.value;
  return { serverUrl: baseUrl, deviceId, token, site, key };
}

/**
 * Whether a tablet holding queued records of `queuedSites` may become a device of `siteId`: the
 * server would reject every one of them as another site's, so it must stay at its site.
 */
export function mayMoveTo(siteId: string, queuedSites: ReadonlySet<string>): boolean {
  return [...queuedSites].every((queued) => queued === siteId);
}
