// Slow-upload clients, the attack in docs/security.md: devices that open pushes and trickle their
// bodies a byte at a time, to hold the server's places for pushes. Each device keeps `perDevice`
// such pushes open for the duration, opening another as soon as one ends, and the report says how
// many were opened, how many the server refused at once (past the device's share: 429) and how many
// it held and then cut (408 or a closed connection), and when. Loopback only, and bounded in count
// and time: it is a test of our own server, never of anyone else's.
import net from 'node:net';
import { API_PREFIX, MAX_BATCH_BYTES } from '../../../src/domain/protocol';

export interface SlowClientOptions {
  /** The server, on this machine: http://127.0.0.1:PORT (or localhost, [::1]). */
  baseUrl: string;
  /** Device tokens; every device keeps `perDevice` slow pushes open. */
  tokens: readonly string[];
  perDevice: number;
  durationMs: number;
  /** One body byte every so many ms (default 1000). */
  byteEveryMs?: number;
  /** Ends the run early (before `durationMs`). */
  signal?: AbortSignal;
}

/** A push the server held (its body still coming) and then cut. */
export interface Cut {
  /** 408, or 'closed' when the connection was closed without an answer. */
  status: number | 'closed';
  /** Since the run began, and since this push was opened. */
  atMs: number;
  heldMs: number;
}

export interface SlowClientReport {
  opened: number;
  /** Answered with something else than a 408 before the body was in: by status. */
  refused: Record<number, number>;
  /** Of those, the ones without a Retry-After header. */
  refusedWithoutRetryAfter: number;
  cuts: Cut[];
  /** Still open when the duration ended (closed by the clients). */
  openAtEnd: number;
}

const MAX_OPEN = 2_048;
const MAX_DURATION_MS = 30 * 60_000;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const BODY = Buffer.from(`{"records":[${' '.repeat(MAX_BATCH_BYTES)}`).subarray(0, MAX_BATCH_BYTES);

export async function runSlowClients(options: SlowClientOptions): Promise<SlowClientReport> {
  const { tokens, perDevice, durationMs, byteEveryMs = 1000 } = options;
  const url = new URL(options.baseUrl);
  if (!LOOPBACK.has(url.hostname)) throw new Error(`slow clients only run against loopback`);
  if (tokens.length * perDevice > MAX_OPEN) throw new Error(`at most ${MAX_OPEN} slow pushes`);
  if (durationMs > MAX_DURATION_MS) throw new Error(`at most ${MAX_DURATION_MS} ms`);

  const report: SlowClientReport = {
    opened: 0,
    refused: {},
    refusedWithoutRetryAfter: 0,
    cuts: [],
    openAtEnd: 0,
  };
  const started = performance.now();
  const endsAt = started + durationMs;
  const open = new Set<net.Socket>();
  let ended = false;
  const target = { host: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port || 80) };

  /** One slow push, from connect to its end; resolves when it is over, however it ended. */
  const slowPush = (token: string) =>
    new Promise<void>((resolve) => {
      const socket = net.connect(target);
      const openedAt = performance.now();
      open.add(socket);
      report.opened++;
      let sent = 0;
      let head = '';
      let answered = false;
      const cut = (status: Cut['status']) => {
        const now = performance.now();
        report.cuts.push({ status, atMs: now - started, heldMs: now - openedAt });
      };
      const trickle = setInterval(() => {
        if (sent < BODY.length) socket.write(BODY.subarray(sent, ++sent));
      }, byteEveryMs);
      socket.on('connect', () => {
        socket.write(
          `POST ${API_PREFIX}/sync/push HTTP/1.1\r\nHost: ${url.host}\r\n` +
            `Authorization: Bearer ${token}\r\nContent-Type: application/json\r\n` +
            `Content-Length: ${BODY.length}\r\n\r\n`,
        );
      });
      socket.on('data', (chunk: Buffer) => {
        if (answered) return;
        head += chunk.toString('latin1');
        const end = head.indexOf('\r\n\r\n');
        if (end < 0) return;
        answered = true;
        const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
        if (status === 408) cut(408);
        else {
          report.refused[status] = (report.refused[status] ?? 0) + 1;
          if (!/\r\nretry-after: *\d+/i.test(head.slice(0, end))) report.refusedWithoutRetryAfter++;
        }
        socket.destroy();
      });
      socket.on('error', () => {}); // a reset is a close like any other; 'close' follows
      socket.on('close', () => {
        clearInterval(trickle);
        // Closed by the server without an answer, before the end of the run.
        if (!answered && open.has(socket)) cut('closed');
        open.delete(socket);
        resolve();
      });
    });

  /** Keeps one place of one device filled until the end. */
  const keepOpen = async (token: string) => {
    while (performance.now() < endsAt && !ended) {
      await slowPush(token);
      // Not a hot loop when the server refuses at once.
      await new Promise((r) => setTimeout(r, Math.min(byteEveryMs, 1000)));
    }
  };
  const end = () => {
    if (ended) return;
    ended = true;
    report.openAtEnd = open.size;
    const sockets = [...open];
    open.clear();
    for (const socket of sockets) socket.destroy();
  };
  const stop = setTimeout(end, Math.max(0, endsAt - performance.now()));
  options.signal?.addEventListener('abort', end);
  await Promise.all(
    tokens.flatMap((token) => Array.from({ length: perDevice }, () => keepOpen(token))),
  );
  clearTimeout(stop);
  return report;
}

/** One line for the bench's output. */
export function describeSlowClients(r: SlowClientReport): string {
  const refused = Object.entries(r.refused)
    .map(([status, n]) => `${n}×${status}`)
    .join(', ');
  const held = r.cuts.map((c) => c.heldMs).sort((a, b) => a - b);
  const median = held.length ? Math.round(held[held.length >> 1]!) : 0;
  const longest = held.length ? Math.round(held[held.length - 1]!) : 0;
  return (
    `slow clients: ${r.opened} pushes opened, refused ${refused || 'none'}` +
    `${r.refusedWithoutRetryAfter ? ` (${r.refusedWithoutRetryAfter} without Retry-After)` : ''}, ` +
    `${r.cuts.length} cut by the server (held ${median} ms median, ${longest} ms longest), ` +
    `${r.openAtEnd} still open at the end`
  );
}
