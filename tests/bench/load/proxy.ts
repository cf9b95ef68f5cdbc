// The faulty network between the tablets and the server: an HTTP proxy that, with seeded dice,
// drops a push before the server sees it, lets the server commit a push and then loses the answer
// (whole or half-sent), or carries it over a slow link (latency plus a throttled upload). While the
// server is down (killed), a refused connection reaches the tablet as a reset connection, and a
// request cut off by the kill as a 502, as a load balancer in front of the platform would do.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { seededRandom } from './random';

export interface FaultRates {
  /** Share of pushes dropped before the server sees them. */
  drop: number;
  /** Share of pushes whose answer is lost after the server has handled (committed) them. */
  lose: number;
  /** Share of pushes sent over a slow link. */
  slow: number;
}

export interface FaultCounts {
  requests: number;
  dropped: number;
  /** Answers lost after the server answered, and of those the ones that were a 200 (committed). */
  lostResponses: number;
  lostCommitted: number;
  slow: number;
  /** Requests that met a dead server: refused connections and requests cut off by a kill. */
  refused: number;
  cutOff: number;
}

export interface FaultProxy {
  port: number;
  counts: FaultCounts;
  close(): Promise<void>;
}

const PUSH_PATH = '/api/v1/sync/push';
const SLOW_CHUNK = 16 * 1024;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startFaultProxy(
  upstreamPort: number,
  rates: FaultRates,
  seed: number,
  keepAlive = true,
): Promise<FaultProxy> {
  const dice = seededRandom(seed);
  const counts: FaultCounts = {
    requests: 0,
    dropped: 0,
    lostResponses: 0,
    lostCommitted: 0,
    slow: 0,
    refused: 0,
    cutOff: 0,
  };
  // Keep-alive upstream (unless the tablets do without), as a real proxy would; sockets to a
  // killed server are discarded on error.
  const agent = new http.Agent({ keepAlive, maxSockets: Infinity });

  // LOAD_DEBUG=1: every 10 s, the requests held for more than 10 s and their stages; at the end,
  // the stages of the slowest ones (when the body was in, sent on, and answered).
  const held = new Map<http.IncomingMessage, { since: number; what: string }>();
  const slowest: { ms: number; what: string }[] = [];
  const debug = process.env.LOAD_DEBUG
    ? setInterval(() => {
        const now = performance.now();
        for (const h of held.values()) {
          if (now - h.since > 10_000) console.log(`proxy holds ${h.what} for ${now - h.since} ms`);
        }
      }, 10_000)
    : undefined;
  const stage = (req: http.IncomingMessage, name: string) => {
    const h = held.get(req);
    if (h) h.what += ` ${name}@${Math.round(performance.now() - h.since)}`;
  };
  const server = http.createServer((req, res) => {
    counts.requests++;
    if (debug) {
      held.set(req, { since: performance.now(), what: '' });
      res.on('close', () => {
        const h = held.get(req);
        held.delete(req);
        if (!h) return;
        slowest.push({ ms: performance.now() - h.since, what: h.what });
        slowest.sort((a, b) => b.ms - a.ms).splice(10);
      });
      req.on('end', () => stage(req, 'body-in'));
    }
    const faultable = req.method === 'POST' && req.url === PUSH_PATH;
    const roll = faultable ? dice() : 1;
    if (roll < rates.drop) {
      counts.dropped++;
      // The request dies on the way: some of it may have been sent, none of it reaches the server.
      req.resume();
      setTimeout(() => req.socket.destroy(), Math.floor(dice() * 300));
      return;
    }
    const lose = roll < rates.drop + rates.lose;
    const slow = !lose && roll < rates.drop + rates.lose + rates.slow;
    if (lose) counts.lostResponses++;
    if (slow) counts.slow++;
    const latency = slow ? 50 + Math.floor(dice() * 550) : 0;
    const bytesPerSecond = slow ? 128 * 1024 + Math.floor(dice() * 896 * 1024) : 0;
    const halfSent = dice() < 0.5;
    let answered = false;
    if (debug) stage(req, lose ? 'lose' : slow ? 'slow' : 'pass');

    const up = http.request(
      {
        host: '127.0.0.1',
        port: upstreamPort,
        method: req.method,
        path: req.url,
        headers: req.headers,
        agent,
      },
      (upRes) => {
        if (debug) stage(req, `answer-${upRes.statusCode}`);
        // The server killed mid-answer: the tablet's connection is cut as well, never left open.
        upRes.on('error', () => req.socket.destroy());
        upRes.on('close', () => {
          if (!upRes.complete) req.socket.destroy();
        });
        if (lose) {
          if (upRes.statusCode === 200) counts.lostCommitted++;
          // The server has answered, so what it did is done; the tablet never learns of it.
          if (halfSent) {
            res.writeHead(upRes.statusCode ?? 502, upRes.headers);
            upRes.once('data', (chunk: Buffer) => res.write(chunk.subarray(0, chunk.length >> 1)));
          }
          upRes.on('end', () => req.socket.destroy());
          upRes.resume();
          return;
        }
        // Answered before the whole upload went up (a 503 sent before the body was read): like a
        // load balancer, the proxy stops sending it on and reads the rest away at full speed, so
        // the tablet's next request on this connection is not held up behind it. (The slow
        // link's loop does its own reading away.)
        answered = true;
        if (!up.writableFinished) {
          if (!slow) {
            req.unpipe(up);
            req.resume();
          }
          upRes.on('end', () => up.destroy());
        }
        const answer = () => {
          res.writeHead(upRes.statusCode ?? 502, upRes.headers);
          upRes.pipe(res);
        };
        if (slow) setTimeout(answer, latency);
        else answer();
      },
    );
    up.on('error', (err: NodeJS.ErrnoException) => {
      if (answered) return; // the answer's own handlers see it through; the upload is read away
      if (err.code === 'ECONNREFUSED') {
        counts.refused++;
        req.socket.destroy();
        return;
      }
      counts.cutOff++;
      if (res.headersSent) req.socket.destroy();
      else {
        // The rest of the upload goes nowhere: close the connection rather than leave the tablet
        // writing into a socket nobody reads.
        res.writeHead(502, { 'content-type': 'application/json', connection: 'close' });
        res.end('{"error":"bad-gateway","message":"The server went away"}');
      }
    });
    if (debug) up.on('finish', () => stage(req, 'body-out'));
    // A tablet that gives up (its own timeout) takes the upstream request with it.
    res.on('close', () => {
      if (!res.writableFinished) up.destroy();
    });
    if (slow) void throttledUpload(req, up, latency, bytesPerSecond, () => answered);
    else req.pipe(up);
  });
  // Tablets hold their connections across many batches.
  server.keepAliveTimeout = 60_000;
  server.headersTimeout = 0;
  server.requestTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    counts,
    close: () =>
      new Promise((resolve) => {
        clearInterval(debug);
        for (const h of slowest) console.log(`proxy slowest: ${Math.round(h.ms)} ms:${h.what}`);
        server.closeAllConnections();
        server.close(() => resolve());
        agent.destroy();
      }),
  };
}

/**
 * A slow link: the request starts after `latency` and its body goes up at `bytesPerSecond`; once
 * the server has answered, the rest is read without being sent on.
 */
async function throttledUpload(
  req: http.IncomingMessage,
  up: http.ClientRequest,
  latency: number,
  bytesPerSecond: number,
  answered: () => boolean,
): Promise<void> {
  try {
    await sleep(latency);
    for await (const chunk of req as AsyncIterable<Buffer>) {
      for (let at = 0; at < chunk.length; at += SLOW_CHUNK) {
        if (answered()) break;
        if (up.destroyed) return;
        const piece = chunk.subarray(at, at + SLOW_CHUNK);
        if (!up.write(piece)) await drainOrClose(up);
        await sleep((piece.length / bytesPerSecond) * 1000);
      }
    }
    if (!answered()) up.end();
  } catch {
    up.destroy();
  }
}

function drainOrClose(up: http.ClientRequest): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      up.off('drain', done);
      up.off('close', done);
      resolve();
    };
    up.on('drain', done);
    up.on('close', done);
  });
}
