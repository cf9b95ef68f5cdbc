// The load suite's fault proxy must only add the faults it is asked for. A push over a slow link
// that the server refuses before reading its body (503, admission full) once held the tablet's
// next request on that connection for ~40 s: a stall of the proxy, not of the server.
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startFaultProxy, type FaultProxy } from '../../bench/load/proxy';

const PUSH = '/api/v1/sync/push';
let upstream: net.Server | undefined;
let proxy: FaultProxy | undefined;
let agent: http.Agent | undefined;

afterEach(async () => {
  agent?.destroy();
  await proxy?.close();
  await new Promise((resolve) => upstream?.close(resolve));
});

const BUSY = '{"error":"busy"}';

/** Answers every push 503 at once, without reading its body, as admission does when full. */
async function refusingServer(): Promise<number> {
  const server = http.createServer((_req, res) => {
    res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '1' });
    res.end(BUSY);
  });
  return listen(server);
}

/**
 * The same answer, then the server is gone before it read the upload: a SIGKILL just after a 503.
 * (Node's own server would read the rest away first, so this one speaks HTTP by hand.)
 */
async function refusingThenKilledServer(): Promise<number> {
  const server = net.createServer((socket) => {
    socket.once('data', () => {
      socket.pause();
      socket.write(
        `HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\n` +
          `content-length: ${BUSY.length}\r\n\r\n${BUSY}`,
      );
      setTimeout(() => socket.destroy(), 100);
    });
  });
  return listen(server);
}

async function listen(server: net.Server): Promise<number> {
  upstream = server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
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
  it.each([
    { link: 'a slow link', slow: 1, killed: false },
    { link: 'a fast link, the server killed after answering', slow: 0, killed: true },
  ])(
    'reads away the rest of an upload the server answered early, over $link',
    async ({ slow, killed }) => {
      const port = await (killed ? refusingThenKilledServer() : refusingServer());
      proxy = await startFaultProxy(port, { drop: 0, lose: 0, slow }, 1);
      agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      // A slow link carries at most 1 MiB/s: were the first upload still throttled through (or
      // left unread), the second push would wait at least 6 s, past this test's time limit.
      const body = Buffer.alloc(6 * 1024 * 1024, 0x20);
      const first = await push(proxy.port, body);
      const second = await push(proxy.port, body);
      expect([first.status, second.status]).toEqual([503, 503]);
      // The tablet's connection carried both: it was neither cut nor left waiting.
      expect(second.socket).toBe(first.socket);
      expect(proxy.counts).toMatchObject({ slow: 2 * slow, refused: 0 });
    },
  );
});
