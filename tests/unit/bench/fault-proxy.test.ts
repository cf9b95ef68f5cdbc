// The load suite's fault proxy must only add the faults it is asked for. A push over a slow link
// that the server refuses before reading its body (503, admission full) once held the tablet's
// next request on that connection for ~40 s: a stall of the proxy, not of the server.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startFaultProxy, type FaultProxy } from '../../bench/load/proxy';

const PUSH = '/api/v1/sync/push';
let upstream: http.Server | undefined;
let proxy: FaultProxy | undefined;
let agent: http.Agent | undefined;

afterEach(async () => {
  agent?.destroy();
  await proxy?.close();
  upstream?.closeAllConnections();
  await new Promise((resolve) => upstream?.close(resolve));
});

/** Answers every push 503 at once, without reading its body, as admission does when full. */
async function refusingServer(): Promise<number> {
  upstream = http.createServer((_req, res) => {
    res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '1' });
    res.end('{"error":"busy"}');
  });
  await new Promise<void>((resolve) => upstream!.listen(0, '127.0.0.1', resolve));
  return (upstream.address() as AddressInfo).port;
}

function push(port: number, body: Buffer): Promise<{ status: number; socket: unknown }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: PUSH,
        agent,
        headers: { 'content-length': body.length },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, socket: req.socket }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('fault proxy', () => {
  it('reads away the rest of a slow upload the server answered early, so the connection goes on', async () => {
    const port = await refusingServer();
    proxy = await startFaultProxy(port, { drop: 0, lose: 0, slow: 1 }, 1);
    agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    // A slow link carries at most 1 MiB/s: were the first upload still throttled through, the
    // second push would wait at least 6 s for it, past this test's time limit.
    const body = Buffer.alloc(6 * 1024 * 1024, 0x20);
    const first = await push(proxy.port, body);
    const second = await push(proxy.port, body);
    expect([first.status, second.status]).toEqual([503, 503]);
    expect(second.socket).toBe(first.socket);
    expect(proxy.counts).toMatchObject({ slow: 2, cutOff: 0, refused: 0 });
  });
});
