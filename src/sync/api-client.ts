// HTTP client for sync protocol v1 (DESIGN §4). Never throws: every call resolves to a value or
// a classified failure, so the engines decide what to retry without parsing exceptions.
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

export interface ApiClient {
  enroll(request: EnrollRequest): Promise<ApiResult<EnrollResponse>>;
  pull(cursor: string | undefined, limit: number): Promise<ApiResult<PullResponse>>;
  push(records: readonly VaxRecord[]): Promise<ApiResult<PushResponse>>;
  /** The server's end-of-day figures for this device's site. */
  dayReport(date: string): Promise<ApiResult<DaySummary>>;
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

  async function call<T>(path: string, init: RequestInit): Promise<ApiResult<T>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
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
      try {
        return { ok: true, value: JSON.parse(text) as T };
      } catch {
        return {
          ok: false,
          failure: { kind: 'bad-response', status: response.status, detail: text.slice(0, 200) },
        };
      }
    } catch (error) {
      // fetch rejects on network failure; abort() rejects the same way when the timeout fires.
      const detail = controller.signal.aborted ? `timeout after ${timeoutMs} ms` : String(error);
      return { ok: false, failure: { kind: 'retryable', detail } };
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    enroll: (request) => call('/enroll', { method: 'POST', body: JSON.stringify(request) }),
    pull: (cursor, limit) => {
      const query = new URLSearchParams({ limit: String(limit) });
      if (cursor !== undefined) query.set('cursor', cursor);
      return call(`/sync/pull?${query}`, { method: 'GET' });
    },
    push: (records) => call('/sync/push', { method: 'POST', body: JSON.stringify({ records }) }),
    dayReport: (date) => call(`/reports/day?${new URLSearchParams({ date })}`, { method: 'GET' }),
  };
}
