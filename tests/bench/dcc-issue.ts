// Certificates (issue 20, point 10): how many the issuer makes per second on every core (the whole
// path, dcc-issue-worker.ts, one worker per core), beside the bare limit on the same cores (an
// ES256 signature and a zlib deflate of a payload of the COSE_Sign1's size), and how long Debian's
// Chromium takes to verify one certificate offline with the tablet's verifier (src/domain/dcc,
// WebCrypto), as it is and slowed 4× as a cheap tablet. Goals: ≥ 10,000/s on 2 cores and ≥ 65 % of
// the limit; verify ≤ 50 ms.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { decodeBase45, inflateCose, unprefixHc1 } from '../../src/domain/dcc';
import { trustList } from '../../sync-server/src/certificates';
import { chromiumArgs } from '../e2e/playwright.config';
import { benchSigner, SAMPLE_FACTS, SAMPLE_ID, withIssuer } from './dcc-issue-sample';
import type { IssueWork } from './dcc-issue-worker';

const SECONDS = Number(process.env.BENCH_ISSUE_SECONDS ?? 2);
/** The whole path and the bare loop take turns, so that both see the machine as it is. */
const ROUNDS = 3;
const VERIFIES = 200;
const root = path.resolve(import.meta.dirname, '../..');

// A worker loads TypeScript only once tsx is registered in it (execArgv's --import is not enough
// on Node 20): it registers, then imports the worker's module.
const WORKER_BOOT = `import('tsx/esm/api').then(({ register }) => {
  register();
  return import(${JSON.stringify(new URL('./dcc-issue-worker.ts', import.meta.url).href)});
});`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/** Runs `work` on one worker per core at once; certificates (or bare loops) per second. */
async function perSecondOnAllCores(work: IssueWork): Promise<{ rate: number }> {
  const cores = availableParallelism();
  const workers = Array.from(
    { length: cores },
    () => new Worker(WORKER_BOOT, { eval: true, workerData: work }),
  );
  const next = (w: Worker) =>
    new Promise<unknown>((resolve, reject) => {
      w.once('message', resolve);
      w.once('error', reject);
    });
  try {
    await Promise.all(workers.map(next));
    const done = workers.map(next);
    for (const w of workers) w.postMessage('go');
    const results = (await Promise.all(done)) as { made: number; ms: number }[];
    const seconds = Math.max(...results.map((r) => r.ms)) / 1000;
    return { rate: results.reduce((sum, r) => sum + r.made, 0) / seconds };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** The tablet's verifier bundled as the app bundles it, run in Chromium on a localhost page. */
async function verifyTimes(hc1: string, trust: unknown): Promise<string> {
  const bundle = await build({
    entryPoints: [path.join(root, 'src/domain/dcc/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'dcc',
    write: false,
    target: 'es2022',
  });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: chromiumArgs,
  });
  try {
    const page = await browser.newPage();
    // localhost is a secure context: WebCrypto is there, as on the tablet's https origin.
    await page.route('http://localhost/', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>verify</title>' }),
    );
    await page.goto('http://localhost/');
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const cdp = await page.context().newCDPSession(page);
    const figures: string[] = [];
    for (const rate of [1, 4]) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const ms = await page.evaluate(
        async ({ text, json, n }) => {
          const lib = (window as unknown as { dcc: typeof import('../../src/domain/dcc') }).dcc;
          const { signers } = lib.readTrustList(json);
          const times: number[] = [];
          for (let i = 0; i < n; i++) {
            const t = performance.now();
            const result = await lib.verifyHc1(text, { signers });
            times.push(performance.now() - t);
            if (!result.valid) throw new Error(`not valid: ${result.reason}`);
          }
          return times.sort((a, b) => a - b);
        },
        { text: hc1, json: trust, n: VERIFIES },
      );
      const at = (q: number) => ms[Math.floor(q * (ms.length - 1))]!.toFixed(1);
      figures.push(
        `${rate === 1 ? 'as is' : `CPU ÷${rate}`} median ${at(0.5)} ms, p95 ${at(0.95)} ms`,
      );
    }
    return figures.join('; ');
  } finally {
    await browser.close();
  }
}

export async function benchDccIssue(): Promise<string> {
  return withIssuer('ES256', async (store, dataDir) => {
    // One certificate here: its size is the bare loop's payload, and the tablet verifies it.
    const sample = await sampleCertificate(dataDir);
    const work = { seconds: SECONDS, dataDir, payloadBytes: sample.coseBytes };
    const wholeRates: number[] = [];
    const bareRates: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      wholeRates.push((await perSecondOnAllCores({ kind: 'whole', ...work })).rate);
      bareRates.push((await perSecondOnAllCores({ kind: 'bare', ...work })).rate);
    }
    const verify = await verifyTimes(sample.hc1, await trustList(store));
    const whole = median(wholeRates);
    const bare = median(bareRates);
    const span = (rates: number[]) =>
      `${Math.round(Math.min(...rates))}–${Math.round(Math.max(...rates))}`;
    return (
      `DCC issuing on ${availableParallelism()} cores, median of ${ROUNDS} turns: ` +
      `${Math.round(whole)} certificates/s (${span(wholeRates)}; history → HC1, ` +
      `${sample.hc1.length} characters), bare ES256 + deflate of ${sample.coseBytes} bytes ` +
      `${Math.round(bare)}/s (${span(bareRates)}): ${Math.round((100 * whole) / bare)} % of the ` +
      `limit (goal ≥ 10,000/s, ≥ 65 %); tablet verify ${verify} (goal ≤ 50 ms)`
    );
  });
}

async function sampleCertificate(dataDir: string): Promise<{ hc1: string; coseBytes: number }> {
  const { signer, close } = benchSigner(dataDir);
  const issued = await signer.sign(SAMPLE_ID, SAMPLE_FACTS, new Date()).finally(close);
  if (!('hc1' in issued)) throw new Error(issued.problem);
  const text = unprefixHc1(issued.hc1);
  const compressed = text.ok ? decodeBase45(text.value) : undefined;
  const cose = compressed?.ok ? inflateCose(compressed.value) : undefined;
  if (!cose?.ok) throw new Error('the sample certificate does not decode');
  return { hc1: issued.hc1, coseBytes: cose.value.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  console.log(await benchDccIssue());
