// A scripted stand-in for the sync-server, used as the `fetch` of the API client. Each request
// consumes one step of `script` (then behaves normally): it can lose the request before the
// server stores anything, lose the response after it committed, or answer with a status.
import type { Change, PullResponse, PushResult, Site } from '../../../src/domain/protocol';
import type { FieldError, VaxRecord } from '../../../src/domain/records';

export const ENROLLMENT_CODE = 'K7P-2QX';
export const SITE_INFO = { id: 'demo-site', name: 'Trạm Y tế Phường Bến Nghé', province: '079' };

export type Step = 'ok' | 'drop-request' | 'drop-response' | { status: number };

const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

export class FakeServer {
  /** Stored records by id, as JSON: the server's durable state. */
  readonly stored = new Map<string, string>();
  readonly pushes: VaxRecord[][] = [];
  readonly pulls: (string | null)[] = [];
  script: Step[] = [];
  /** More records than this in one push → 413. */
  maxRecords = Infinity;
  /** Ids the server leaves out of its answers. */
  omit = new Set<string>();
  reject: (record: VaxRecord) => FieldError[] | null = () => null;
  /** The pull feed; the cursor is the index of the next change. */
  feed: Change[] = [];
  /** Enrollment codes and the site each enrolls at. */
  readonly codes = new Map<string, Site>([[ENROLLMENT_CODE, SITE_INFO]]);
  /** Device tokens answered; revoking a device removes its token. The n-th enrollment gets token-n. */
  readonly tokens = new Set(['token-1']);
  private enrolled = 0;

  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    if (url.pathname === '/api/v1/enroll') return this.enroll(JSON.parse(String(init?.body)));
    const headers = (init?.headers ?? {}) as Record<string, string>;
    if (!this.tokens.has(headers.authorization?.replace(/^Bearer /, '') ?? '')) {
      return json({ error: 'unauthorized' }, 401);
    }
    const step = this.script.shift() ?? 'ok';
    if (step === 'drop-request') throw new TypeError('Failed to fetch');
    if (typeof step === 'object') return json({ error: 'scripted' }, step.status);
    const body = url.pathname.endsWith('/sync/push')
      ? this.push(JSON.parse(String(init?.body)) as { records: VaxRecord[] })
      : this.pull(url.searchParams);
    if (step === 'drop-response') throw new TypeError('Failed to fetch');
    return body;
  };

  private enroll({ code }: { code: string }): Response {
    const site = this.codes.get(code);
    if (site === undefined) return json({ error: 'forbidden' }, 403);
    this.enrolled += 1;
    const token = `token-${this.enrolled}`;
    this.tokens.add(token);
    return json({ deviceId: `dev-${this.enrolled}`, token, site });
  }

  private push({ records }: { records: VaxRecord[] }): Response {
    if (records.length > this.maxRecords) return json({ error: 'too large' }, 413);
    this.pushes.push(records);
    const results = records.map((record): PushResult => {
      const errors = this.reject(record);
      if (errors) return { id: record.id, status: 'rejected', errors };
      const text = JSON.stringify(record);
      const known = this.stored.get(record.id);
      if (known === undefined) this.stored.set(record.id, text);
      else if (known !== text) return { id: record.id, status: 'rejected', errors: [] };
      return { id: record.id, status: known === undefined ? 'accepted' : 'duplicate' };
    });
    return json({ results: results.filter((r) => !this.omit.has(r.id)) });
  }

  private pull(query: URLSearchParams): Response {
    const cursor = query.get('cursor');
    this.pulls.push(cursor);
    const from = Number(cursor ?? 0);
    const to = Math.min(this.feed.length, from + Number(query.get('limit')));
    const page: PullResponse = {
      changes: this.feed.slice(from, to),
      cursor: String(to),
      more: to < this.feed.length,
      remaining: this.feed.length - to,
    };
    return json(page);
  }
}
