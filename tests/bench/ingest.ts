// Server ingest through the real HTTP API: 100,000 check-ins in 500-record batches.
import type { EnrollResponse, PullResponse, PushResponse } from '../../src/domain/protocol';
import type { CheckinRecord } from '../../src/domain/records';
import { isoWithOffset } from '../../src/domain/time';
import { makeCitizenId } from '../../src/domain/citizen-id';
import { startServer } from '../e2e/support/server';
import { record } from '../support/records';

const TOTAL = Number(process.env.BENCH_INGEST_RECORDS ?? 100_000);
const BATCH = 500;
const IN_FLIGHT = 4;

export async function benchIngest(port: number): Promise<string> {
  const server = await startServer(undefined, port);
  try {
    const base = `http://127.0.0.1:${port}/api/v1`;
    const enrolled = (await (
      await fetch(`${base}/enroll`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: server.enrollmentCode, deviceName: 'bench' }),
      })
    ).json()) as EnrollResponse;
    const auth = { authorization: `Bearer ${enrolled.token}` };
    const staffId = await firstStaffId(base, auth);

    const bodies: string[] = [];
    for (let start = 0; start < TOTAL; start += BATCH) {
      const records: CheckinRecord[] = [];
      for (let i = start; i < Math.min(start + BATCH, TOTAL); i++) {
        records.push(checkin(enrolled.site.id, staffId, i));
      }
      bodies.push(JSON.stringify({ records }));
    }

    let next = 0;
    let accepted = 0;
    const latencies: number[] = [];
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < bodies.length) {
          const body = bodies[next++]!;
          const started = performance.now();
          const res = await fetch(`${base}/sync/push`, {
            method: 'POST',
            headers: { ...auth, 'content-type': 'application/json' },
            body,
          });
          if (!res.ok) throw new Error(`push failed: ${res.status} ${await res.text()}`);
          const answer = (await res.json()) as PushResponse;
          accepted += answer.results.filter((r) => r.status === 'accepted').length;
          latencies.push(performance.now() - started);
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    if (accepted !== TOTAL) throw new Error(`only ${accepted} of ${TOTAL} accepted`);
    latencies.sort((a, b) => a - b);
    const p95 = latencies[Math.floor(latencies.length * 0.95)]!;
    return (
      `server ingest (${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'}, /sync/push, ${TOTAL} records in ${BATCH}-record batches, ` +
      `${IN_FLIGHT} in flight): ${Math.round(TOTAL / seconds)} records/s ` +
      `(${seconds.toFixed(2)} s; p95 batch ${p95.toFixed(0)} ms) — target ≥ 20,000 records/s`
    );
  } finally {
    await server.stop();
  }
}

async function firstStaffId(base: string, auth: Record<string, string>): Promise<string> {
  let cursor = '';
  for (;;) {
    const res = await fetch(`${base}/sync/pull?limit=5000&cursor=${encodeURIComponent(cursor)}`, {
      headers: auth,
    });
    const page = (await res.json()) as PullResponse;
    const staff = page.changes.find((c) => c.entity === 'staff');
    if (staff) return staff.key;
    if (!page.more) throw new Error('the demo site has no staff');
    cursor = page.cursor;
  }
}

function checkin(siteId: string, staffId: string, i: number): CheckinRecord {
  const at = isoWithOffset(new Date(Date.UTC(2026, 10, 23, 1, 0, 0) + i * 1000), 420);
  const sex = i % 2 === 0 ? 'M' : 'F';
  const birthYear = 1950 + (i % 50);
  const id = makeCitizenId('079', sex, birthYear, String(i).padStart(6, '0'));
  const citizen = { id, fullName: `Nguyễn Văn Thử ${i}`, dob: `${birthYear}-06-15`, sex } as const;
  const place = { siteId, staffId, citizenKey: id, day: at.slice(0, 10), time: at.slice(11, 23) };
  return record('checkin', { method: 'manual', citizen }, place);
}
