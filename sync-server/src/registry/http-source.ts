// The registry through its look-up API: our own small JSON contract (docs/registry.md, "Look-up
// API"), two POST calls in batches, each with a timeout. Anything but a 2xx answer in the
// contract's shape is a RegistryUnavailableError saying which call failed and how.
import type { PlatformPerson, RegistryPerson } from '../../../src/domain/registry/types';
import { readRegistryPersons } from './person-json';
import { CANDIDATE_CAP, RegistryUnavailableError, type RegistrySource } from './source';

/** The most ID numbers in one look-up call, and the most people in one candidates call. */
export const LOOKUP_BATCH = 1000;
export const CANDIDATES_BATCH = 100;
/** How long one call may take, answer body included. */
export const REGISTRY_TIMEOUT_MS = 10_000;

export interface HttpSourceOptions {
  /** The API's base URL, e.g. https://registry.example.vn/api (REGISTRY_URL). */
  url: string;
  /** Sent as `Authorization: Bearer …` when set (REGISTRY_TOKEN). */
  token?: string;
  timeoutMs?: number;
}

function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function httpSource(options: HttpSourceOptions): RegistrySource {
  const base = options.url.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? REGISTRY_TIMEOUT_MS;

  async function call(path: string, body: unknown): Promise<Record<string, unknown>> {
    const fail = (why: string) => new RegistryUnavailableError(`registry ${path}: ${why}`);
    let response: Response;
    let text: string;
    try {
      response = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token !== undefined && { authorization: `Bearer ${options.token}` }),
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      text = await response.text();
    } catch (err) {
      if (err instanceof Error && err.name === 'TimeoutError')
        throw fail(`no answer within ${timeoutMs} ms`);
      throw fail(`unreachable (${err instanceof Error ? (err.cause ?? err).toString() : err})`);
    }
    if (!response.ok) throw fail(`answered HTTP ${response.status}`);
    try {
      const answer: unknown = JSON.parse(text);
      if (typeof answer === 'object' && answer !== null && !Array.isArray(answer))
        return answer as Record<string, unknown>;
    } catch {
      // Reported below, as any answer that is not a JSON object.
    }
    throw fail('the answer is not a JSON object');
  }

  return {
    async byIds(ids: readonly string[]): Promise<RegistryPerson[]> {
      const persons: RegistryPerson[] = [];
      for (const part of batches([...new Set(ids)], LOOKUP_BATCH)) {
        const answer = await call('/v1/persons/lookup', { ids: part });
        const found = readRegistryPersons(answer.persons);
        if (found === undefined)
          throw new RegistryUnavailableError(
            'registry /v1/persons/lookup: "persons" is not a list of registry persons',
          );
        persons.push(...found);
      }
      return persons;
    },

    async candidates(people: readonly PlatformPerson[]): Promise<RegistryPerson[][]> {
      const lists: RegistryPerson[][] = [];
      for (const part of batches(people, CANDIDATES_BATCH)) {
        const answer = await call('/v1/persons/candidates', { people: part });
        const raw = answer.candidates;
        const found = Array.isArray(raw) ? raw.map(readRegistryPersons) : [];
        if (found.length !== part.length || found.some((l) => l === undefined))
          throw new RegistryUnavailableError(
            `registry /v1/persons/candidates: "candidates" is not ${part.length} lists of registry persons`,
          );
        lists.push(...(found as RegistryPerson[][]).map((l) => l.slice(0, CANDIDATE_CAP)));
      }
      return lists;
    },
  };
}
