// Pulls the certificate trust and revocation lists (GET /dcc/trust-list, /dcc/revocation-list:
// public, with ETags) after a reference pull, at most every few hours: the desk verifies EU DCCs
// offline against what is stored. A list is stored only when it reads as one (the server's answer
// is hostile input like any other); a failure keeps the old list and never touches the pull.
import { readTrustList } from '../domain/dcc/trust-list';
import type { DccListName, DccListStore } from './stores';

/** How long a stored list counts as current: signers and revocations change over days. */
export const DCC_LISTS_MAX_AGE_MS = 3 * 60 * 60 * 1000;
/** After a failed try, the pulls in between do not ask again (long-polls run every few seconds). */
export const DCC_LISTS_RETRY_MS = 5 * 60 * 1000;
const TIMEOUT_MS = 30_000;
/** Far above the EU gateway's whole list (a few thousand signers, about 3 MB): stored, never more. */
const MAX_LIST_CHARS = 16 * 1024 * 1024;
const LISTS: readonly DccListName[] = ['trust-list', 'revocation-list'];

export type DccListOutcome = 'fresh' | 'unchanged' | 'stored' | 'failed';

export interface DccListsPullDeps {
  store: DccListStore;
  fetch?: typeof fetch;
  now?: () => Date;
}

/**
 * Whether the JSON is a list of its kind. A trust list none of whose entries reads as a signer
 * would replace a good list with nothing: it is refused (entries are read again at verify time).
 */
function readable(name: DccListName, json: unknown): boolean {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return false;
  const list = json as Record<string, unknown>;
  if (name === 'revocation-list') return list.hashType === 'UCI' && Array.isArray(list.hashes);
  if (!Array.isArray(list.certificates)) return false;
  return list.certificates.length === 0 || readTrustList(json).signers.length > 0;
}

/** `revalidate`: ask the server even for a list that is still fresh (with its ETag: cheap). */
export interface DccListsPullOptions {
  revalidate?: boolean;
}

async function pullList(
  deps: DccListsPullDeps,
  baseUrl: string,
  name: DccListName,
  { revalidate = false }: DccListsPullOptions,
): Promise<DccListOutcome> {
  const now = deps.now?.() ?? new Date();
  const stored = await deps.store.get(name);
  const age = stored ? now.getTime() - Date.parse(stored.checkedAt) : Infinity;
  if (!revalidate && age < DCC_LISTS_MAX_AGE_MS) return 'fresh';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (stored?.etag) headers['if-none-match'] = stored.etag;
  const doFetch = deps.fetch ?? globalThis.fetch.bind(globalThis);
  const url = `${baseUrl.replace(/\/+$/, '')}/dcc/${name}`;
  const response = await doFetch(url, { headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
  const checkedAt = now.toISOString();
  if (response.status === 304 && stored) {
    await deps.store.touch(name, checkedAt);
    return 'unchanged';
  }
  if (!response.ok) return 'failed';
  const json = await response.text();
  if (json.length > MAX_LIST_CHARS) return 'failed';
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return 'failed';
  }
  if (!readable(name, parsed)) return 'failed';
  const etag = response.headers.get('etag') ?? undefined;
  await deps.store.put({ name, json, checkedAt, ...(etag ? { etag } : {}) });
  return 'stored';
}

/** Both lists, each on its own: a network error or a bad answer is `failed`, never thrown. */
export function pullDccLists(
  deps: DccListsPullDeps,
  baseUrl: string,
  options: DccListsPullOptions = {},
): Promise<Record<DccListName, DccListOutcome>> {
  return Promise.all(
    LISTS.map((name) =>
      pullList(deps, baseUrl, name, options).catch((): DccListOutcome => 'failed'),
    ),
  ).then(([trust, revocation]) => ({ 'trust-list': trust!, 'revocation-list': revocation! }));
}

/** One pull of the lists at a time, and none for a while after one failed. */
export function createDccListsPuller(deps: DccListsPullDeps) {
  let running: Promise<unknown> | undefined;
  let quietUntil = 0;
  return (baseUrl: string, options: DccListsPullOptions = {}): Promise<unknown> => {
    const now = (deps.now?.() ?? new Date()).getTime();
    if (running || now < quietUntil) return running ?? Promise.resolve();
    running = pullDccLists(deps, baseUrl, options)
      .then((outcome) => {
        if (Object.values(outcome).includes('failed')) quietUntil = now + DCC_LISTS_RETRY_MS;
        return outcome;
      })
      .finally(() => (running = undefined));
    return running;
  };
}
