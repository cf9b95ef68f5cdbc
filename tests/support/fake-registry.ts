// A stand-in for the population registry's look-up API (docs/registry.md, "Look-up API"), over
// the tests' in-memory index (registry-index.ts) and ranked by the extract adapter's own
// candidateIds, so the HTTP adapter can be held to the same contract tests as the extract adapter. It can also misbehave on demand:
//
//   const registry = await startFakeRegistry({ persons, token: 'secret' });
//   httpSource({ url: registry.url, token: 'secret' });
//   registry.misbehave({ status: 503 });  // or 'not-json', 'wrong-shape', 'silent' (never answers)
//   registry.misbehave(undefined);        // answers again
//   await registry.close();
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PlatformPerson, RegistryPerson } from '../../src/domain/registry/types';
import { candidateIds } from '../../sync-server/src/registry/candidates';
import { CANDIDATES_BATCH, LOOKUP_BATCH } from '../../sync-server/src/registry/http-source';
import { registryIndex } from './registry-index';

export type Misbehaviour = { status: number } | 'not-json' | 'wrong-shape' | 'silent';

export interface FakeRegistry {
  /** The API's base URL (http://127.0.0.1:<port>/api). */
  readonly url: string;
  /** Each call received: its path and the Authorization header sent. */
  readonly calls: { path: string; authorization?: string }[];
  misbehave(how: Misbehaviour | undefined): void;
  close(): Promise<void>;
}

async function bodyOf(req: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return JSON.parse(text) as Record<string, unknown>;
}

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(body);
}

export async function startFakeRegistry(options: {
  persons: readonly RegistryPerson[];
  token?: string;
}): Promise<FakeRegistry> {
  const index = registryIndex(options.persons);
  const calls: FakeRegistry['calls'] = [];
  let misbehaviour: Misbehaviour | undefined;

  function answer(path: string, body: Record<string, unknown>): [number, unknown] {
    if (path === '/api/v1/persons/lookup') {
      const ids = body.ids as string[];
      if (ids.length > LOOKUP_BATCH) return [413, { error: `at most ${LOOKUP_BATCH} ids` }];
      return [200, { persons: ids.flatMap((id) => index.holder(id) ?? []) }];
    }
    if (path === '/api/v1/persons/candidates') {
      const people = body.people as PlatformPerson[];
      if (people.length > CANDIDATES_BATCH)
        return [413, { error: `at most ${CANDIDATES_BATCH} people` }];
      const lists = candidateIds(people, index.idsByKey);
      return [200, { candidates: lists.map((ids) => ids.map((id) => index.holder(id))) }];
    }
    return [404, { error: 'no such call' }];
  }

  const server = createServer((req, res) => {
    const path = req.url ?? '';
    calls.push({ path, authorization: req.headers.authorization });
    void (async () => {
      if (misbehaviour === 'silent') return;
      if (typeof misbehaviour === 'object') return send(res, misbehaviour.status, '{}');
      if (misbehaviour === 'not-json') return send(res, 200, '<html>maintenance</html>');
      if (misbehaviour === 'wrong-shape')
        return send(res, 200, '{"persons":[{"id":1}],"candidates":[]}');
      if (req.method !== 'POST') return send(res, 405, '{}');
      if (options.token !== undefined && req.headers.authorization !== `Bearer ${options.token}`)
        return send(res, 401, '{"error":"unauthorized"}');
      const [status, body] = answer(path, await bodyOf(req));
      send(res, status, JSON.stringify(body));
    })().catch(() => send(res, 400, '{"error":"bad request"}'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api`,
    calls,
    misbehave: (how) => {
      misbehaviour = how;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
