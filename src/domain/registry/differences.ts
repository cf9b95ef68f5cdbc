// Which recorded fields a correction would change to the registry's, and why each differs: the
// report's `differences` column and the work-queue's filters ("diacritics only"). A name that
// differs only in case or spacing is not a difference, nor is a date the registry knows only in
// part when the recorded one agrees with that part.
import { dobAgrees, dobKind } from './compare-dob';
import { idKind } from './compare-id';
import { nameKind } from './compare-name';
import type { ScoredPair } from './score-pair';
import type { DifferenceKinds, MatchField, PlatformPerson } from './types';

export interface Differences {
  differences: MatchField[];
  kinds: DifferenceKinds;
}

export function differencesOf(person: PlatformPerson, pair: ScoredPair): Differences {
  const { levels, registry } = pair;
  const kinds: DifferenceKinds = {};
  if (levels.id_number !== 'exact') kinds.id_number = idKind(person.idNumber, levels.id_number);
  if (levels.full_name !== 'exact') kinds.full_name = nameKind(levels.full_name);
  if (!dobAgrees(person.dob, registry.dob)) kinds.dob = dobKind(levels.dob);
  if (levels.sex === 'disagree') kinds.sex = 'other';
  // Listed in MatchField order, as the report writes them.
  const order: MatchField[] = ['id_number', 'full_name', 'dob', 'sex'];
  return { differences: order.filter((field) => kinds[field] !== undefined), kinds };
}
