// Typed push/pull calls through inject().
import type { PullResponse, PushResponse } from '../../../src/domain/protocol';
import type { Device, TestApp } from './test-app';

export async function push(t: TestApp, device: Device, records: unknown[]) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/sync/push',
    headers: device.headers,
    payload: { records },
  });
  return { status: res.statusCode, body: res.json<PushResponse>() };
}

export async function pull(t: TestApp, device: Device, cursor?: string, limit?: number) {
  const res = await t.app.inject({
    method: 'GET',
    url: '/api/v1/sync/pull',
    headers: device.headers,
    query: {
      ...(cursor === undefined ? {} : { cursor }),
      ...(limit === undefined ? {} : { limit: String(limit) }),
    },
  });
  return { status: res.statusCode, body: res.json<PullResponse>() };
}

/** Pages through pull until `more` is false; returns every page. */
export async function pullAll(t: TestApp, device: Device, limit?: number): Promise<PullResponse[]> {
  const pages: PullResponse[] = [];
  let cursor: string | undefined;
  for (;;) {
    const { status, body } = await pull(t, device, cursor, limit);
    if (status !== 200) throw new Error(`pull failed: ${status}`);
    pages.push(body);
    cursor = body.cursor;
    if (!body.more) return pages;
  }
}
