// One worker of the certificate bench (dcc-issue.ts): for `seconds`, either the whole issuing path
// (certificate facts → DCC JSON → CBOR → COSE_Sign1 with the issuer's current signer → zlib → base45)
// or the bare limit (an ES256 signature and a zlib deflate of a payload of the same size, nothing
// else). Posts how many it made.
import { generateKeyPairSync, sign } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { zlibSync } from 'fflate';
import { benchSigner, SAMPLE_FACTS, SAMPLE_ID } from './dcc-issue-sample';

export interface IssueWork {
  kind: 'whole' | 'bare';
  seconds: number;
  issuerDir: string;
  /** Bytes the bare loop signs and deflates: the whole path's COSE_Sign1 size. */
  payloadBytes: number;
}

async function wholePath(seconds: number, issuerDir: string): Promise<number> {
  const signer = benchSigner(issuerDir);
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
}

function bareLoop(seconds: number, payloadBytes: number): number {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const payload = new Uint8Array(payloadBytes).map((_, i) => (i * 31) % 251);
  const end = performance.now() + seconds * 1000;
  let n = 0;
  while (performance.now() < end) {
    for (let i = 0; i < 50; i++) {
      sign('sha256', payload, { key: privateKey, dsaEncoding: 'ieee-p1363' });
      zlibSync(payload, { level: 9 });
    }
    n += 50;
  }
  return n;
}

const work = workerData as IssueWork;
const made =
  work.kind === 'whole'
    ? await wholePath(work.seconds, work.issuerDir)
    : bareLoop(work.seconds, work.payloadBytes);
parentPort?.postMessage({ made });
