// The fault suite's slow-upload clients must report what the server did to them: which pushes it
// refused at once (and whether it said when to retry), which it held and then cut, and when; and
// they must never be pointed anywhere but this machine.
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { runSlowClients } from '../../bench/load/slow-clients';

let server: net.Server | undefined;
afterEach(() => new Promise((resolve) => server?.close(resolve) ?? resolve(undefined)));

async function listen(s: net.Server): Promise<string> {
  server = s;
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
}

const options = { tokens: ['t1', 't2'], perDevice: 2, durationMs: 700, byteEveryMs: 50 };

it('counts the pushes refused at once, by status, and those without Retry-After', async () => {
  let answered = 0;
  const baseUrl = await listen(
    http.createServer((req, res) => {
      // Every other refusal forgets Retry-After.
      const headers = answered++ % 2 === 0 ? { 'retry-after': '5' } : {};
      res.writeHead(req.headers.authorization === 'Bearer t1' ? 429 : 503, headers).end();
    }),
  );
  const report = await runSlowClients({ ...options, baseUrl });
  // A push opened or answered just as the run ends is not read: it counts as open at the end, at
  // most one per place (two devices × two). Every other push was refused and read.
  const refused = report.refused[429]! + report.refused[503]!;
  expect(refused + report.openAtEnd).toBe(report.opened);
  expect(report.openAtEnd).toBeLessThanOrEqual(4);
  expect(answered).toBeGreaterThanOrEqual(refused);
  expect(answered).toBeLessThanOrEqual(report.opened);
  expect(report.refused[429]).toBeGreaterThanOrEqual(4);
  // Every other answer lacks Retry-After; the unread ones may be of either kind.
  expect(Math.abs(report.refusedWithoutRetryAfter - refused / 2)).toBeLessThanOrEqual(
    report.openAtEnd / 2 + 1,
  );
  expect(report.cuts).toEqual([]);
});

it('reports the pushes the server held and cut, with when, and those still open at the end', async () => {
  const baseUrl = await listen(
    net.createServer((socket) => {
      // t1's pushes are closed after 200 ms without an answer; t2's are held for ever.
      socket.once('data', (head: Buffer) => {
        if (head.includes('Bearer t1')) setTimeout(() => socket.destroy(), 200);
      });
      socket.on('error', () => {});
    }),
  );
  const report = await runSlowClients({ ...options, baseUrl });
  // t2's two, and t1's reopened ones not yet cut.
  expect(report.openAtEnd).toBeGreaterThanOrEqual(2);
  expect(report.cuts.length).toBeGreaterThanOrEqual(2);
  expect(report.opened).toBe(report.cuts.length + report.openAtEnd);
  for (const cut of report.cuts) {
    expect(cut.status).toBe('closed');
    expect(cut.heldMs).toBeGreaterThanOrEqual(190);
    expect(cut.atMs).toBeGreaterThanOrEqual(cut.heldMs);
  }
});

it('runs against this machine only, and within its bounds', async () => {
  const base = { ...options, baseUrl: 'http://10.0.0.1:8080' };
  await expect(runSlowClients(base)).rejects.toThrow(/loopback/);
  await expect(
    runSlowClients({ ...options, baseUrl: 'http://127.0.0.1:1', perDevice: 5_000 }),
  ).rejects.toThrow(/at most/);
});
