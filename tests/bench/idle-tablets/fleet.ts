// The idle fleet's load generator, run in a process of its own (forked by idle-tablets.ts) so its
// CPU is not counted as the server's: every tablet keeps one long-poll open (GET pull?wait=25)
// over one keep-alive connection, as the tablet's live pull does. Told to, it pushes records as
// one tablet of a site after another and times when each other tablet of that site got them.
import http from 'node:http';
import type { PullResponse } from '../../../src/domain/protocol';
import { checkinRecord } from '../../support/records';

export interface FleetTablet {
  token: string;
  siteId: string;
  staffId: string;
}

export type FleetCommand =
  | { kind: 'start'; port: number; tablets: FleetTablet[] }
  | { kind: 'push'; pushes: number; gapMs: number }
  | { kind: 'stop' };

export type FleetReport =
  | { kind: 'connected'; tablets: number; failures: number }
  | { kind: 'progress'; connected: number }
  | { kind: 'delivered'; delaysMs: number[]; missing: number; failures: number }
  | { kind: 'error'; message: string };

const WAIT_SECONDS = 25;
const send = (report: FleetReport) => process.send!(report);

let port = 0;
let tablets: FleetTablet[] = [];
let stopping = false;
// One socket per tablet, as each tablet has its own; no cap on sockets.
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
/** Record id → when it was pushed; and, per record, how many tablets have seen it. */
const pushedAt = new Map<string, number>();
const delays: number[] = [];
let failures = 0;

function get(tablet: FleetTablet, cursor: string, wait: number): Promise<PullResponse> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      {
        agent,
        host: '127.0.0.1',
        port,
        path: `/api/v1/sync/pull?cursor=${cursor}&wait=${wait}`,
        headers: { authorization: `Bearer ${tablet.token}` },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () =>
          res.statusCode === 200
            ? resolve(JSON.parse(body) as PullResponse)
            : reject(new Error(`pull answered ${res.statusCode}: ${body}`)),
        );
      },
    );
    req.on('error', reject);
    // As the tablet's own: 30 s beyond the wait. A connection the server never accepted (its
    // accept queue overflowed while thousands connected) is then dropped and tried again.
    req.setTimeout((30 + wait) * 1000, () => req.destroy(new Error('timeout')));
  });
}

async function live(tablet: FleetTablet, connected: () => void): Promise<void> {
  let cursor = '';
  // The first pull catches up at once (staff, lots); every one after it is held.
  let first = true;
  while (!stopping) {
    let page: PullResponse;
    try {
      page = await get(tablet, cursor, first ? 0 : WAIT_SECONDS);
    } catch {
      // A connection refused or reset (a full accept queue while thousands connect): the tablet
      // tries again a second later, as its live pull would; counted in the report.
      if (!stopping) failures++;
      await sleep(1000);
      continue;
    }
    const now = Date.now();
    for (const change of page.changes) {
      const at = pushedAt.get(change.key);
      if (at !== undefined) delays.push(now - at);
    }
    cursor = page.cursor;
    if (first) connected();
    first = false;
  }
}

function push(tablet: FleetTablet): Promise<void> {
  const record = checkinRecord(tablet.siteId, tablet.staffId);
  const body = JSON.stringify({ records: [record] });
  pushedAt.set(record.id, Date.now());
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        method: 'POST',
        host: '127.0.0.1',
        port,
        path: '/api/v1/sync/push',
        headers: {
          authorization: `Bearer ${tablet.token}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode === 200 ? resolve() : reject(new Error(`push ${res.statusCode}`)),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

process.on('message', (command: FleetCommand) => {
  void (async () => {
    if (command.kind === 'start') {
      ({ port, tablets } = command);
      let connected = 0;
      const progress = setInterval(() => send({ kind: 'progress', connected }), 2000);
      for (const [i, tablet] of tablets.entries()) {
        live(tablet, () => {
          if (++connected < tablets.length) return;
          clearInterval(progress);
          send({ kind: 'connected', tablets: connected, failures });
        }).catch((err: unknown) => !stopping && send({ kind: 'error', message: String(err) }));
        // Connections opened a few at a time, as tablets switch on over a morning.
        if (i % 50 === 49) await sleep(100);
      }
    } else if (command.kind === 'push') {
      const sites = [...new Set(tablets.map((t) => t.siteId))];
      for (let n = 0; n < command.pushes; n++) {
        const siteId = sites[n % sites.length]!;
        await push(tablets.find((t) => t.siteId === siteId)!);
        await sleep(command.gapMs);
      }
      // Every other tablet of the site should have each record well within this.
      await sleep(5000);
      const perSite = tablets.length / sites.length;
      const expected = command.pushes * (perSite - 1);
      send({ kind: 'delivered', delaysMs: delays, missing: expected - delays.length, failures });
    } else {
      stopping = true;
      agent.destroy();
      process.exit(0);
    }
  })().catch((err: unknown) => send({ kind: 'error', message: String(err) }));
});
