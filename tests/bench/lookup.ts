// Local lookup over 200,000 registrations in Debian's Chromium. After a real enrollment and pull
// through the UI, the page opens the app's IndexedDB with the raw API and replays exactly the
// requests findRegistrations makes (index query, chunk parse, newest-version check per match),
// timing each lookup in the page. Dexie's own overhead on top of these requests is not included.
import { startServer } from '../e2e/support/server';
import { openDesk } from './desk';
import { DB_NAME } from '../../src/data/db';

const REGISTRATIONS = 200_000;
const LOOKUPS = 60;

type Timings = Record<'id' | 'code' | 'nameDob', number[]>;

/** Runs in the page: self-contained, no imports. */
async function measure({ dbName, lookups }: { dbName: string; lookups: number }): Promise<Timings> {
  const req = <T>(r: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const db = await req(indexedDB.open(dbName));
  type Reg = { id: string; code: string; citizen: { id?: string; fullName: string; dob: string } };
  const nameKey = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim();
  const keyOf = {
    citizenIds: (r: Reg) => r.citizen.id,
    codes: (r: Reg) => r.code,
    nameDobKeys: (r: Reg) => `${nameKey(r.citizen.fullName)}|${r.citizen.dob}`,
  };
  const find = async (by: keyof typeof keyOf, value: string): Promise<Reg[]> => {
    const store = db.transaction('registrationChunks').objectStore('registrationChunks');
    const rows = await req(store.index(by).getAll(value));
    const ids = new Set<string>();
    for (const row of rows as { json: string }[])
      for (const r of JSON.parse(row.json) as Reg[]) if (keyOf[by](r) === value) ids.add(r.id);
    const current = await Promise.all(
      [...ids].map(async (id) => {
        const [puts, dels] = await Promise.all([
          req(store.index('ids').getAllKeys(id)),
          req(store.index('deleted').getAllKeys(id)),
        ]);
        const seq = Math.max(-1, ...(puts as number[]));
        if (seq < 0 || Math.max(-1, ...(dels as number[])) > seq) return undefined;
        const row = (await req(store.get(seq))) as { json: string };
        return (JSON.parse(row.json) as Reg[]).find((r) => r.id === id);
      }),
    );
    return current.filter((r): r is Reg => r !== undefined && keyOf[by](r) === value);
  };
  // Sample citizens spread over the whole store.
  const store = db.transaction('registrationChunks').objectStore('registrationChunks');
  const seqs = (await req(store.getAllKeys())) as number[];
  const samples: Reg[] = [];
  for (let i = 0; i < lookups; i++) {
    const seq = seqs[Math.floor((i * seqs.length) / lookups)]!;
    const regs = JSON.parse(((await req(store.get(seq))) as { json: string }).json) as Reg[];
    samples.push(regs[(i * 37) % regs.length]!);
  }
  const timings: Timings = { id: [], code: [], nameDob: [] };
  const time = async (list: number[], run: () => Promise<Reg[]>, want: Reg) => {
    const t0 = performance.now();
    const found = await run();
    list.push(performance.now() - t0);
    if (!found.some((r) => r.id === want.id)) throw new Error(`lookup missed ${want.id}`);
  };
  for (const s of samples) {
    await time(timings.id, () => find('citizenIds', s.citizen.id!), s);
    await time(timings.code, () => find('codes', s.code), s);
    await time(
      timings.nameDob,
      () => find('nameDobKeys', nameKey(s.citizen.fullName.toUpperCase()) + '|' + s.citizen.dob),
      s,
    );
  }
  db.close();
  return timings;
}

const quantile = (xs: number[], q: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
const figures = (xs: number[]): string =>
  `median ${quantile(xs, 0.5).toFixed(2)} ms, p95 ${quantile(xs, 0.95).toFixed(2)} ms`;

export async function benchLookup(port: number, staticDir?: string): Promise<string> {
  process.env.DEMO_REGISTRATIONS = String(REGISTRATIONS);
  const server = await startServer(undefined, port, staticDir);
  const desk = await openDesk(port, server.enrollmentCode);
  try {
    const { page } = desk;
    await desk.enroll();
    await desk.ready();
    // tsx (esbuild keepNames) wraps named inner functions in __name(), unknown in the page.
    await page.evaluate('globalThis.__name = (f) => f');
    const t = await page.evaluate(measure, { dbName: DB_NAME, lookups: LOOKUPS });
    return (
      `local lookup over ${REGISTRATIONS} registrations (Chromium IndexedDB, ${LOOKUPS} each): ` +
      `by ID ${figures(t.id)}; by code ${figures(t.code)}; by name+DOB ${figures(t.nameDob)} ` +
      `— target ≤ 10 ms`
    );
  } finally {
    delete process.env.DEMO_REGISTRATIONS;
    await desk.browser.close();
    await server.stop();
  }
}
