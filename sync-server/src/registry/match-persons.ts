// Matches platform persons against the registry, a batch at a time: the ID holders in one call,
// then candidates only for those the ID alone did not verify (most people), so a reconcile asks
// the registry for as little as it can (docs/registry.md).
import { matchPerson } from '../../../src/domain/registry/match-person';
import type { MatchResult, PlatformPerson } from '../../../src/domain/registry/types';
import type { RegistrySource } from './source';

const isPersonalId = (id: string | undefined): id is string =>
  id !== undefined && /^\d{12}$/.test(id);

export async function matchPersons(
  source: RegistrySource,
  persons: readonly PlatformPerson[],
): Promise<MatchResult[]> {
  const ids = [...new Set(persons.map((p) => p.idNumber).filter(isPersonalId))];
  const holders = new Map((await source.byIds(ids)).map((r) => [r.idNumber, r]));
  const holderOf = (p: PlatformPerson) =>
    p.idNumber === undefined ? undefined : holders.get(p.idNumber);
  const results = persons.map((p) => matchPerson(p, holderOf(p), []));
  const open = persons.flatMap((_, i) => (results[i]!.status === 'verified' ? [] : [i]));
  if (open.length === 0) return results;
  const candidates = await source.candidates(open.map((i) => persons[i]!));
  open.forEach((i, n) => {
    const p = persons[i]!;
    results[i] = matchPerson(p, holderOf(p), candidates[n] ?? []);
  });
  return results;
}
