// Matches platform persons against the registry, a batch at a time: the ID holders (and the
// persons operators chose) in one call, then candidates only for those the ID alone did not
// verify, so a reconcile asks the registry for as little as it can (docs/registry.md). Operators'
// decisions win: a chosen registry person is the match, a ruled-out one is never offered again.
import { chosenMatch } from '../../../src/domain/registry/chosen-match';
import { matchPerson } from '../../../src/domain/registry/match-person';
import type {
  MatchResult,
  PlatformPerson,
  RegistryPerson,
} from '../../../src/domain/registry/types';
import type { Decisions } from './decisions-repo';
import type { RegistrySource } from './source';

const isPersonalId = (id: string | undefined): id is string =>
  id !== undefined && /^\d{12}$/.test(id);

const NO_DECISIONS: Decisions = { chosen: new Map(), ruledOut: new Map() };

export async function matchPersons(
  source: RegistrySource,
  persons: readonly PlatformPerson[],
  decisions: Decisions = NO_DECISIONS,
): Promise<MatchResult[]> {
  const ids = new Set([
    ...persons.map((p) => p.idNumber).filter(isPersonalId),
    ...persons.flatMap((p) => decisions.chosen.get(p.personKey) ?? []),
  ]);
  const known = new Map((await source.byIds([...ids])).map((r) => [r.idNumber, r]));
  const allowed = (p: PlatformPerson, r: RegistryPerson | undefined) =>
    r !== undefined && !decisions.ruledOut.get(p.personKey)?.has(r.idNumber) ? r : undefined;
  const holderOf = (p: PlatformPerson) =>
    allowed(p, p.idNumber === undefined ? undefined : known.get(p.idNumber));

  const results = persons.map((p) => {
    const chosen = known.get(decisions.chosen.get(p.personKey) ?? '');
    return chosen === undefined ? matchPerson(p, holderOf(p), []) : chosenMatch(p, chosen);
  });
  const open = persons.flatMap((_, i) =>
    results[i]!.status === 'verified' || results[i]!.reason === 'chosen' ? [] : [i],
  );
  if (open.length === 0) return results;
  const candidates = await source.candidates(open.map((i) => persons[i]!));
  open.forEach((i, n) => {
    const p = persons[i]!;
    const offered = (candidates[n] ?? []).filter((c) => allowed(p, c) !== undefined);
    results[i] = matchPerson(p, holderOf(p), offered);
  });
  return results;
}
