// The one door to the population registry (docs/registry.md): matching asks it for persons by ID
// number and for the candidates of platform persons, and does not know whether an imported
// extract (extract-source.ts) or the registry's look-up API (http-source.ts) answers.
import type { PlatformPerson, RegistryPerson } from '../../../src/domain/registry/types';

/**
 * The most candidates returned for one platform person. A person's keys are selective (a sorted
 * name and birth year, a full date of birth, parts of the ID number), so real candidate lists hold
 * a handful; the cap only bounds what one very common name and year can cost. Past the cap, those
 * sharing more keys with the person are kept, then the lower ID numbers (candidates.ts).
 */
export const CANDIDATE_CAP = 50;

export interface RegistrySource {
  /** The registry persons with these ID numbers; unknown numbers are left out, order is not kept. */
  byIds(ids: readonly string[]): Promise<RegistryPerson[]>;
  /**
   * For each person, in the same order, the registry persons sharing at least one of its
   * platformBlockKeys, at most CANDIDATE_CAP, those sharing the most keys first.
   */
  candidates(people: readonly PlatformPerson[]): Promise<RegistryPerson[][]>;
}

/** The registry could not answer (unreachable, timed out, an answer outside the contract). */
export class RegistryUnavailableError extends Error {}
