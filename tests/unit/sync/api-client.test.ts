import { describe, expect, it } from 'vitest';
import { classifyStatus, createApiClient } from '../../../src/sync/api-client';

describe('api client', () => {
  it('classifies statuses: retry 408/429/5xx, stop on 401, give up on other 4xx', () => {
    expect([408, 429, 500, 502, 503].map(classifyStatus)).toEqual(Array(5).fill('retryable'));
    expect(classifyStatus(401)).toBe('unauthorized');
    expect([400, 403, 404, 413].map(classifyStatus)).toEqual(Array(4).fill('bad-request'));
  });

  it('sends the bearer token and JSON to the versioned endpoints', async () => {
    const calls: [string, RequestInit][] = [];
    const fetch = async (url: RequestInfo | URL, init?: RequestInit) => {
      calls.push([String(url), init!]);
      return new Response(JSON.stringify({ results: [] }));
    };
    const api = createApiClient({ baseUrl: 'https://vax.example/', token: 'T', fetch });
    expect(await api.push([])).toEqual({ ok: true, value: { results: [] } });
    await api.pull('abc', 5000);
    await api.pull(undefined, 10);
    expect(calls.map(([url]) => url)).toEqual([
      'https://vax.example/api/v1/sync/push',
      'https://vax.example/api/v1/sync/pull?limit=5000&cursor=abc',
      'https://vax.example/api/v1/sync/pull?limit=10',
    ]);
    const headers = calls[0]![1].headers as Record<string, string>;
    expect(headers.authorization).toBe('Bearer T');
    expect(calls[0]![1].body).toBe('{"records":[]}');
  });

  it('turns network errors, timeouts and non-JSON answers into failures, never throws', async () => {
    const down = createApiClient({
      baseUrl: 'http://x',
      fetch: async () => Promise.reject(new TypeError('Failed to fetch')),
    });
    expect(await down.pull(undefined, 1)).toMatchObject({
      ok: false,
      failure: { kind: 'retryable' },
    });

    const hanging = createApiClient({
      baseUrl: 'http://x',
      timeoutMs: 20,
      fetch: (_url, init) =>
        new Promise((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError'))),
        ),
    });
    expect(await hanging.push([])).toEqual({
      ok: false,
      failure: { kind: 'retryable', detail: 'timeout after 20 ms' },
    });

    const html = createApiClient({
      baseUrl: 'http://x',
      fetch: async () => new Response('<html>'),
    });
    expect(await html.pull(undefined, 1)).toMatchObject({
      ok: false,
      failure: { kind: 'bad-response' },
    });

    const gone = createApiClient({
      baseUrl: 'http://x',
      fetch: async () => new Response('{"error":"x"}', { status: 413 }),
    });
    expect(await gone.push([])).toMatchObject({
      ok: false,
      failure: { kind: 'bad-request', status: 413 },
    });
  });
});
