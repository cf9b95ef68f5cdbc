// The EU DCC conformance cases (../shared/dgc-testdata, README "How our conformance test should
// use them"): every flag of every case, run with our decoder and verifier. The counts per flag
// are printed at the end; docs/certificates.md keeps them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DGC_TESTDATA } from '../../../support/dgc-testdata';
import { STEPS, type TestCase } from './conformance-steps';

const DATA = DGC_TESTDATA ?? 'the EU test cases (../shared/dgc-testdata): not found';

/** Known bad test data (dgc-testdata README): our strict answer, asserted as it is. */
const KNOWN_ISSUES: Record<string, { flag: string; ours: boolean; why: string }> = {
  'ES/401': { flag: 'EXPECTEDVERIFY', ours: false, why: '"ES256" signed with a P-384 key' },
  'ES/402': { flag: 'EXPECTEDVERIFY', ours: false, why: '"ES256" signed with a P-384 key' },
  'ES/403': { flag: 'EXPECTEDVERIFY', ours: false, why: '"ES256" signed with a P-384 key' },
  'IS/3': { flag: 'EXPECTEDKEYUSAGE', ours: true, why: 'a DSC without DCC key usages, as IS/4' },
};

function cases(): Array<[string, TestCase]> {
  return readdirSync(DATA, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(DATA, d.name, '2DCode/raw')))
    .flatMap((d) =>
      readdirSync(path.join(DATA, d.name, '2DCode/raw'))
        .filter((f) => f.endsWith('.json'))
        .map((f): [string, TestCase] => [
          `${d.name}/${f.slice(0, -'.json'.length)}`,
          JSON.parse(readFileSync(path.join(DATA, d.name, '2DCode/raw', f), 'utf8')) as TestCase,
        ]),
    )
    .sort(([a], [b]) => a.localeCompare(b));
}

interface Tally {
  right: number;
  tested: number;
  expectedFalse: number;
  skipped: number;
}
const tallies = new Map<string, Tally>(Object.keys(STEPS).map((f) => [f, zeroTally()]));
function zeroTally(): Tally {
  return { right: 0, tested: 0, expectedFalse: 0, skipped: 0 };
}

describe.skipIf(DGC_TESTDATA === undefined)(`EU DCC conformance (${DATA})`, () => {
  const all = existsSync(DATA) ? cases() : [];

  it('finds the cases of every country', () => {
    expect(all.length).toBeGreaterThanOrEqual(105);
  });

  it.each(all)('%s', async (name, testCase) => {
    const wrong: string[] = [];
    for (const [flag, expected] of Object.entries(testCase.EXPECTEDRESULTS)) {
      const step = STEPS[flag];
      if (!step || typeof expected !== 'boolean') continue; // not a flag (README: typos, nesting)
      const tally = tallies.get(flag)!;
      const outcome = await step(testCase);
      if (outcome === 'skip') {
        tally.skipped++;
        continue;
      }
      tally.tested++;
      if (!expected) tally.expectedFalse++;
      const known = KNOWN_ISSUES[name];
      const wanted = known?.flag === flag ? known.ours : expected;
      if (outcome === expected) tally.right++;
      if (outcome !== wanted) wrong.push(`${flag}: ours ${outcome}, expected ${wanted}`);
    }
    expect(wrong).toEqual([]);
  });

  afterAll(() => {
    const rows = [...tallies].map(
      ([flag, t]) => `| ${flag} | ${t.right} / ${t.tested} | ${t.expectedFalse} | ${t.skipped} |`,
    );
    const known = Object.entries(KNOWN_ISSUES).map(([n, k]) => `${n} ${k.flag}: ${k.why}`);
    console.log(
      [
        '| flag | right / tested | expected false | skipped |',
        '| --- | --- | --- | --- |',
        ...rows,
        `Known bad data, answered strictly: ${known.join('; ')}`,
      ].join('\n'),
    );
  });
});

if (!existsSync(DATA)) {
  console.warn(`EU DCC conformance skipped: ${DATA} is absent (see docs/certificates.md).`);
}
