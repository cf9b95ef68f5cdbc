// Matching quality on the seeded corpus (issue 19, point 8): precision = assigned persons (verified
// or mismatch) given their true registry person; recall = persons in the registry given theirs.
// Two seeds, so the thresholds are not fitted to one draw. Figures: docs/registry.md.
import { describe, expect, it } from 'vitest';
import { matchPerson } from '../../../../src/domain/registry/match-person';
import type { MatchStatus } from '../../../../src/domain/registry/types';
import { registryCorpus } from '../../../support/registry-corpus';
import { registryIndex } from '../../../support/registry-index';

function measure(seed: number) {
  const { registry, platform, truth } = registryCorpus({
    seed,
    registrySize: 20_000,
    platformSize: 6_000,
  });
  const index = registryIndex(registry);
  const statuses: Record<MatchStatus, number> = {
    verified: 0,
    mismatch: 0,
    ambiguous: 0,
    'not-found': 0,
  };
  let assigned = 0;
  let right = 0;
  let inRegistry = 0;
  let outsidersVerified = 0;
  for (const person of platform) {
    const result = matchPerson(person, index.holder(person.idNumber), index.candidates(person));
    const trueId = truth.get(person.personKey) ?? null;
    statuses[result.status]++;
    if (trueId !== null) inRegistry++;
    if (trueId === null && result.status === 'verified') outsidersVerified++;
    if (result.status !== 'verified' && result.status !== 'mismatch') continue;
    assigned++;
    if (result.registryId === trueId) right++;
  }
  return {
    seed,
    precision: right / assigned,
    recall: right / inRegistry,
    outsidersVerified,
    ...statuses,
  };
}

describe('matching quality on 20 k registry and 6 k platform persons', () => {
  it('keeps precision ≥ 99.5%, recall ≥ 97%, and verifies no one outside the registry', () => {
    const figures = [1, 2].map(measure);
    console.log(
      figures
        .map(
          (f) =>
            `seed ${f.seed}: precision ${(f.precision * 100).toFixed(2)}%, recall ${(f.recall * 100).toFixed(2)}%, ` +
            `verified ${f.verified}, mismatch ${f.mismatch}, ambiguous ${f.ambiguous}, not-found ${f['not-found']}`,
        )
        .join('\n'),
    );
    for (const f of figures) {
      expect(f.precision).toBeGreaterThanOrEqual(0.995);
      expect(f.recall).toBeGreaterThanOrEqual(0.97);
      expect(f.outsidersVerified).toBe(0);
    }
    // 6 k persons matched against 20 k: a few seconds, more on a loaded CI machine.
  }, 60_000);
});
