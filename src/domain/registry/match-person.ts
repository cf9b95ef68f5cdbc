// Matching one platform person against the registry (issue 19, point 2; docs/registry.md): score
// the holder of the recorded ID and the blocked candidates, then decide. Verified needs the
// recorded ID and agreeing fields; a mismatch needs one candidate over the threshold with a clear
// gap to the runner-up; several plausible candidates are ambiguous. Pure and deterministic.
import { dobAgrees } from './compare-dob';
import { differencesOf } from './differences';
import { explain, preparePerson, scorePair, type ScoredPair } from './score-pair';
import type { MatchReason, MatchResult, PlatformPerson, RegistryPerson } from './types';

/**
 * Scores are log2 likelihood ratios (weights.ts). The prior odds that one given registry person is
 * the platform person are about one in the registry's size: 2^-17.6 for 200 k, 2^-20 for 1 M. The
 * weakest evidence that reaches 23 is a name and a date of birth both exact with nothing else to
 * go on (no ID, vaccinated in another province: 23.2), which leaves odds of 2^3 to 2^5 for the
 * match; each other field that agrees multiplies them. On the corpus, 25 instead loses ~1% of
 * recall to gain under 0.05% of precision (docs/registry.md).
 */
export const MATCH_THRESHOLD = 23;
/** The best must be 2^6 = 64 times likelier than the runner-up to be chosen alone. */
export const CLEAR_GAP = 6;
/** Below this a candidate is not worth a reviewer's time, nor a reason to call a match ambiguous. */
export const PLAUSIBLE = 12;
const LISTED = 5;

// A date of birth that is right, agrees with all the registry knows, or has day and month swapped.
const dobHolds = (p: ScoredPair): boolean => ['exact', 'swapped', 'partial'].includes(p.levels.dob);

// Recorded name and date of birth both wrong: that is someone else (a relative's ID, a neighbour
// with the same phone), whatever the other fields say.
const assignable = (p: ScoredPair): boolean => p.levels.full_name !== 'different' || dobHolds(p);

const verifies = (person: PlatformPerson, p: ScoredPair): boolean =>
  p.levels.id_number === 'exact' &&
  p.levels.full_name === 'exact' &&
  dobAgrees(person.dob, p.registry.dob) &&
  p.levels.sex !== 'disagree';

function reasonFor(p: ScoredPair): MatchReason {
  const { id_number: id, full_name: name, phone, province_code, commune_code } = p.levels;
  if (id === 'exact' || id === 'one-digit' || id === 'transposed') return `id-${id}`;
  if (name === 'different' || !dobHolds(p)) return 'fields';
  if (phone === 'agree') return 'name-dob-phone';
  return province_code === 'agree' || commune_code === 'agree' ? 'name-dob-place' : 'name-dob';
}

function result(
  person: PlatformPerson,
  status: MatchResult['status'],
  reason: MatchReason,
  ranked: ScoredPair[],
  chosen?: ScoredPair,
): MatchResult {
  const candidates = ranked.slice(0, LISTED).map((p) => ({
    registryId: p.registry.idNumber,
    score: p.score,
    differences: differencesOf(person, p).differences,
  }));
  if (chosen === undefined)
    return { status, differences: [], kinds: {}, explanation: [], reason, candidates };
  return {
    status,
    registryId: chosen.registry.idNumber,
    ...differencesOf(person, chosen),
    score: chosen.score,
    explanation: explain(chosen.levels),
    reason,
    candidates,
  };
}

export function matchPerson(
  person: PlatformPerson,
  idHolder: RegistryPerson | undefined,
  candidates: RegistryPerson[],
): MatchResult {
  const prepared = preparePerson(person);
  const pool = new Map<string, RegistryPerson>();
  for (const c of idHolder === undefined ? candidates : [idHolder, ...candidates])
    pool.set(c.idNumber, c);
  const ranked = [...pool.values()]
    .map((c) => scorePair(prepared, c))
    .sort((a, b) => b.score - a.score || (a.registry.idNumber < b.registry.idNumber ? -1 : 1));
  const holder = ranked.find((p) => p.levels.id_number === 'exact');
  if (holder !== undefined && verifies(person, holder))
    return result(person, 'verified', 'id-exact', ranked, holder);
  const plausible = ranked.filter((p) => assignable(p) && p.score >= PLAUSIBLE);
  const [best, runnerUp] = plausible;
  if (best === undefined)
    return result(person, 'not-found', ranked.length === 0 ? 'no-candidate' : 'low-score', ranked);
  const clear = runnerUp === undefined || best.score - runnerUp.score >= CLEAR_GAP;
  if (best.score >= MATCH_THRESHOLD && clear)
    return result(person, 'mismatch', reasonFor(best), ranked, best);
  if (runnerUp !== undefined) return result(person, 'ambiguous', 'close-runner-up', ranked, best);
  return result(person, 'not-found', 'low-score', ranked);
}
