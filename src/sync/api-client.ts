// HTTP client for sync protocol v1 (docs/protocol.md). Never throws: every call resolves to a value
// or a classified failure, so the engines decide what to retry without parsing exceptions.
import type { DaySummary } from '../domain/day-summary';
import {
  API_PREFIX,
  type EnrollRequest,
  type EnrollResponse,
  type PullResponse,
  type PushResponse,
} from '../domain/protocol';
import type { VaxRecord } from '../domain/records';

export type FailureKind =
  /** Network error, timeout, 408, 429, 5xx: send the same request again later. */
  | 'retryable'
  /** 401: the device token is unknown or revoked; stop until someone re-enrolls. */
  | 'unauthorized'
  /** Any other 4xx (400 malformed, 403, 404, 413 too large…): resending will not help. */
  | 'bad-request'
  /** A 2xx whose body is not the protocol's JSON (e.g. the URL points at another web server). */
  | 'bad-response';

export interface ApiFailure {
  kind: FailureKind;
  /** HTTP status; undefined for network errors and timeouts. */
  status?: number;
  detail: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; failure: ApiFailure };

export interface ApiClientOptions {
  baseUrl: string;
  token?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** A pull that the server may hold until the site's changes move (long-poll, docs/sync.md). */
export interface PullWait {
  seconds: number;
  /** Aborting gives the wait up (answered as a retryable failure). */
  signal: AbortSignal;
}

/** A pull's page; `heldSeconds` when the server says how long it held the pull at most. */
export type PulledPage = PullResponse & { heldSeconds?: number };

export interface ApiClient {
  enroll(request: EnrollRequest): Promise<ApiResult<EnrollResponse>>;
  pull(cursor: string | undefined, limit: number, wait?: PullWait): Promise<ApiResult<PulledPage>>;
  push(records: readonly VaxRecord[]): Promise<ApiResult<PushResponse>>;
  /** The server's end-of-day figures for this device's site. */
  dayReport(date: string): Promise<ApiResult<DaySummary>>;
  /** The site's devices and their public keys, unread (src/domain/handoff/site-devices.ts). */
  siteDevices(): Promise<ApiResult<unknown>>;
}

export function classifyStatus(status: number): FailureKind {
  if (status === 401) return 'unauthorized';
  if (status === 408 || status === 429 || status >= 500) return 'retryable';
  return 'bad-request';
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? 30_000;
  const base = options.baseUrl.replace(/\/+$/, '') + API_PREFIX;

  /** `wait`: the server may hold the call that long, on top of the timeout; `read` the headers. */
  async function call<T>(
    path: string,
    init: RequestInit,
    wait?: PullWait,
    read: (value: T, headers: Headers) => T = (value) => value,
  ): Promise<ApiResult<T>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
    const controller = new AbortController();
    const limitMs = timeoutMs + (wait?.seconds ?? 0) * 1000;
    const timer = setTimeout(() => controller.abort(), limitMs);
    const giveUp = () => controller.abort();
    wait?.signal.addEventListener('abort', giveUp, { once: true });
    try {
      const response = await doFetch(base + path, { ...init, headers, signal: controller.signal });
      const text = await response.text();
      if (!response.ok) {
        return {
          ok: false,
          failure: {
            kind: classifyStatus(response.status),
            status: response.status,
            detail: text.slice(0, 500),
          },
        };
      }
      let value: T;
      try {
        value = JSON.parse(text) as T;
      } catch {
        return {
          ok: false,
          failure: { kind: 'bad-response', status: response.status, detail: text.slice(0, 200) },
        };
      }
      return { ok: true, value: read(value, response.headers) };
    } catch (error) {
      // fetch rejects on network failure; abort() rejects the same way when the timeout fires.
      const detail = wait?.signal.aborted
        ? 'given up'
        : controller.signal.aborted
          ? `timeout after ${limitMs} ms`
          : String(error);
      return { ok: false, failure: { kind: 'retryable', detail } };
    } finally {
      clearTimeout(timer);
      wait?.signal.removeEventListener('abort', giveUp);
    }
  }

  /** The server's `x-pull-wait`: how long it held the pull at most (absent: it cannot hold). */
  const withHeld = (page: PulledPage, headers: Headers): PulledPage => {
    const held = headers.get('x-pull-wait');
    return held === null || !/^\d+$/.test(held) ? page : { ...page, heldSeconds: Number(held) };
  };

  return {
    enroll: (request) => call('/enroll', { method: 'POST', body: JSON.stringify(request) }),
    pull: (cursor, limit, wait) => {
      const query = new URLSearchParams({ limit: String(limit) });
      if (cursor !== undefined) query.set('cursor', cursor);
      if (wait !== undefined) query.set('wait', String(wait.seconds));
      return call(`/sync/pull?${query}`, { method: 'GET' }, wait, withHeld);
    },
    push: (records) => call('/sync/push', { method: 'POST', body: JSON.stringify({ records }) }),
    dayReport: (date) => call(`/reports/day?${new URLSearchParams({ date })}`, { method: 'GET' }),
    siteDevices: () => call('/sync/devices', { method: 'GET' }),
  };
}
