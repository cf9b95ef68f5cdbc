// One worker of the certificate bench (dcc-issue.ts): for `seconds`, either the whole issuing path
// (certificate facts → DCC JSON → CBOR → COSE_Sign1 with the issuer's current signer → zlib → base45)
// or the bare limit (an ES256 signature and a zlib deflate, Node's as the issuer's, of a payload of
// the same size, nothing else). Says when it is ready, starts when told, then posts how many it made
// and in how long.
import { generateKeyPairSync, sign } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { deflateSync } from 'node:zlib';
import { benchSigner, SAMPLE_FACTS, SAMPLE_ID } from './dcc-issue-sample';

export interface IssueWork {
  kind: 'whole' | 'bare';
  seconds: number;
  /** The bench's data folder: its SQLite file and its issuer. */
  dataDir: string;
  /** Bytes the bare loop signs and deflates: the whole path's COSE_Sign1 size. */
  payloadBytes: number;
}

async function wholePath(seconds: number, dataDir: string): Promise<number> {
  const { signer, close } = benchSigner(dataDir);
  try {
    const end = performance.now() + seconds * 1000;
    let n = 0;
    while (performance.now() < end) {
      for (let i = 0; i < 50; i++) {
        const issued = await signer.sign(SAMPLE_ID, SAMPLE_FACTS, new Date());
        if (!('hc1' in issued)) throw new Error(issued.problem);
      }
      n += 50;
    }
    return n;
  } finally {
    await close();
  }
}

function bareLoop(seconds: number, payloadBytes: number): number {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const payload = new Uint8Array(payloadBytes).map((_, i) => (i * 31) % 251);
  const end = performance.now() + seconds * 1000;
  let n = 0;
  while (performance.now() < end) {
    for (let i = 0; i < 50; i++) {
      sign('sha256', payload, { key: privateKey, dsaEncoding: 'ieee-p1363' });
      deflateSync(payload, { level: 9 });
    }
    n += 50;
  }
  return n;
}

// Ready once loaded; all workers start together when told, so the cores work at the same time.
const work = workerData as IssueWork;
parentPort?.once('message', async () => {
  const started = performance.now();
  const made =
    work.kind === 'whole'
      ? await wholePath(work.seconds, work.dataDir)
      : bareLoop(work.seconds, work.payloadBytes);
  parentPort?.postMessage({ made, ms: performance.now() - started });
});
parentPort?.postMessage('ready');
