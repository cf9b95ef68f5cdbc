// Signatures per second of the issuer's current signer (issuerKeys().currentSigner().sign) on one
// core, ES256 and PS256, over a COSE Sig_structure of a typical certificate's size: the ceiling of
// the signing step alone (the whole issuing path, on every core, is dcc-issue.ts).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { randomBytes } from 'node:crypto';
import { issuerKeys } from '../../sync-server/src/certificates';
import type { SignerAlg } from '../../sync-server/src/certificates/issuer-certs';
import { withIssuer } from './dcc-issue-sample';

const SECONDS = Number(process.env.BENCH_SIGN_SECONDS ?? 2);
/** Sig_structure of a one-dose DCC: about 330 bytes of CBOR. */
const TO_BE_SIGNED = new Uint8Array(randomBytes(330));

async function signsPerSecond(alg: SignerAlg): Promise<number> {
  return withIssuer(alg, async (_store, dataDir) => {
    const keys = issuerKeys({ dir: path.join(dataDir, 'issuer') });
    const end = performance.now() + SECONDS * 1000;
    const cpu = process.cpuUsage();
    let n = 0;
    // The service asks for the signer per certificate and signs.
    while (performance.now() < end) {
      for (let i = 0; i < 100; i++) keys.currentSigner().sign(TO_BE_SIGNED);
      n += 100;
    }
    // Per second of this process's CPU time: one core's rate even on a machine shared with others.
    const used = process.cpuUsage(cpu);
    return n / ((used.user + used.system) / 1e6);
  });
}

export async function benchDccSign(): Promise<string> {
  const es = await signsPerSecond('ES256');
  const ps = await signsPerSecond('PS256');
  return (
    `DCC signing, per CPU-second of one core: ES256 ${Math.round(es)}/s, PS256 (RSA-3072) ${Math.round(ps)}/s` +
    ' — target 10,000 certificates/s on 2 cores'
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  console.log(await benchDccSign());
