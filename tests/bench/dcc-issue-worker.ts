// One worker of the certificate bench (dcc-issue.ts): for `seconds`, either the whole issuing path
// (certificate facts → DCC JSON → CBOR → COSE_Sign1 with the issuer's current signer → zlib → base45)
// or the bare limit (an ES256 signature and a zlib deflate, Node's as the issuer's, of a payload of
// the same size, nothing else). Says when it is ready, starts when told, then posts how many it made
// and in how long.
import { generateKeyPairSync, sign } from 'node:crypto';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { deflateSync } from 'node:zlib';
import { benchPeople, benchSigner } from './dcc-issue-sample';

export interface IssueWork {
  kind: 'whole' | 'bare';
  seconds: number;
  /** The bench's data folder: its SQLite file and its issuer. */
  dataDir: string;
  /** Bytes the bare loop signs and deflates: the whole path's COSE_Sign1 size. */
  payloadBytes: number;
}

/** Runs `fifty` (fifty of the loop's items) again and again for `seconds`; how many items it made. */
async function countFor(seconds: number, fifty: () => Promise<void> | void): Promise<number> {
  const end = performance.now() + seconds * 1000;
  let n = 0;
  while (performance.now() < end) {
    await fifty();
    n += 50;
  }
  return n;
}

/** People per worker, cycled through: more than a run signs, so most are signed once. */
const PEOPLE = 50_000;

/** The whole path, ready to run: the people are made and the signer opened before the clock. */
function wholePath(dataDir: string, seed: number) {
  const { signer, close } = benchSigner(dataDir);
  const people = benchPeople(PEOPLE, seed);
  let next = 0;
  const run = (seconds: number) =>
    countFor(seconds, async () => {
      for (let i = 0; i < 50; i++) {
        const { id, facts } = people[next++ % PEOPLE]!;
        const issued = await signer.sign(id, facts, new Date());
        if (!('hc1' in issued)) throw new Error(issued.problem);
      }
    });
  return { run, close };
}

function bareLoop(payloadBytes: number) {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const payload = new Uint8Array(payloadBytes).map((_, i) => (i * 31) % 251);
  const run = (seconds: number) =>
    countFor(seconds, () => {
      for (let i = 0; i < 50; i++) {
        sign('sha256', payload, { key: privateKey, dsaEncoding: 'ieee-p1363' });
        deflateSync(payload, { level: 9 });
      }
    });
  return { run, close: async () => {} };
}

// Ready once prepared and warm (the campaign runs for hours: the figure is the steady state, not
// the compiler's first second); all workers start together when told, so the cores work at once.
const WARM_SECONDS = 0.5;
const work = workerData as IssueWork;
const { run, close } =
  work.kind === 'whole' ? wholePath(work.dataDir, threadId) : bareLoop(work.payloadBytes);
await run(WARM_SECONDS);
parentPort?.once('message', async () => {
  const started = performance.now();
  const made = await run(work.seconds);
  parentPort?.postMessage({ made, ms: performance.now() - started });
  await close();
});
parentPort?.postMessage('ready');
