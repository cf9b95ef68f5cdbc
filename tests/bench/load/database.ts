// A fresh database per run (a temp SQLite folder, or a new PostgreSQL database), seeded through the
// store with the workload's sites, staff, lots and one device per tablet. Tablets get their tokens
// here rather than over HTTP: enrollment is rate-limited per IP, and 200 tablets behind one
// address would wait minutes (a few do enroll over HTTP, see run.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import pg from 'pg';
import type { DatabaseTarget } from '../../../sync-server/src/store/database-target';
import { openSqlite } from '../../../sync-server/src/store/open-database';
import { openPostgres } from '../../../sync-server/src/store/open-postgres';
import type { Database } from '../../../sync-server/src/store/schema';
import { openStore, SQLITE_FILE } from '../../../sync-server/src/store/store';
import type { Workload } from './workload';
import { sitesRepo } from '../../../sync-server/src/store/repos/sites';
import { staffRepo } from '../../../sync-server/src/store/repos/staff';
import { lotsRepo } from '../../../sync-server/src/store/repos/lots';
import { enrollmentRepo } from '../../../sync-server/src/devices/enrollment-repo';
import { devicesRepo } from '../../../sync-server/src/devices/devices-repo';

export type DbKind = 'sqlite' | 'postgres';

export interface LoadDatabase {
  kind: DbKind;
  target: DatabaseTarget;
  /** What the server process needs in its environment to use this database. */
  env: Record<string, string>;
  /** A direct connection for the verifier: it checks the stored rows, not the server's answers. */
  connect(): Kysely<Database>;
  remove(): Promise<void>;
}

export async function createDatabase(kind: DbKind, pgAdminUrl: string): Promise<LoadDatabase> {
  if (kind === 'sqlite') {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'vax-load-'));
    return {
      kind,
      target: { kind, dataDir },
      env: { DATA_DIR: dataDir },
      connect: () => openSqlite(path.join(dataDir, SQLITE_FILE)),
      remove: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `vax_load_${process.pid}_${Date.now()}`;
  await adminQuery(pgAdminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(pgAdminUrl);
  url.pathname = `/${name}`;
  return {
    kind,
    target: { kind, url: url.toString() },
    env: { DATABASE_URL: url.toString() },
    connect: () => openPostgres(url.toString()),
    remove: () => adminQuery(pgAdminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export interface Seeded {
  /** Bearer token of each tablet, by tablet index. */
  tokens: string[];
  /** One-use enrollment codes, one per tablet listed in `enrollOverHttp`. */
  codes: Map<number, string>;
}

/** Migrates and seeds; sites exist before the server starts, so it seeds no demo site. */
export async function seedDatabase(
  db: LoadDatabase,
  workload: Workload,
  enrollOverHttp: readonly number[],
): Promise<Seeded> {
  const store = openStore(db.target);
  try {
    await store.migrate();
    const now = new Date();
    const tokens: string[] = [];
    const codes = new Map<number, string>();
    await store.transaction(async (tx) => {
      for (const site of workload.sites) {
        await sitesRepo(tx).create({ id: site.id, name: site.name, province: site.province }, now);
        await staffRepo(tx).put(site.id, site.staff);
        await lotsRepo(tx).put(site.id, site.lots);
      }
      for (const tablet of workload.tablets) {
        if (enrollOverHttp.includes(tablet.index)) {
          const { code } = await enrollmentRepo(tx).create(tablet.siteId, {
            validHours: 2,
            maxUses: 1,
            now,
          });
          codes.set(tablet.index, code);
          tokens.push('');
        } else {
          const { token } = await devicesRepo(tx).create(
            tablet.siteId,
            `load-${tablet.index}`,
            now,
          );
          tokens.push(token);
        }
      }
    });
    return { tokens, codes };
  } finally {
    await store.close();
  }
}
