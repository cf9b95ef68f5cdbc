// The match of a person to the registry person an operator chose in the work-queue: no scoring
// decides it any more, but the fields are still compared, so the differences are known and
// accepting the registry's values can follow.
import { differencesOf } from './differences';
import { explain, preparePerson, scorePair } from './score-pair';
import type { MatchResult, PlatformPerson, RegistryPerson } from './types';

export function chosenMatch(person: PlatformPerson, registry: RegistryPerson): MatchResult {
  const pair = scorePair(preparePerson(person), registry);
  const found = differencesOf(person, pair);
  return {
    status: found.differences.length === 0 ? 'verified' : 'mismatch',
    registryId: registry.idNumber,
    ...found,
    score: pair.score,
    explanation: explain(pair.levels),
    reason: 'chosen',
    candidates: [],
  };
}
