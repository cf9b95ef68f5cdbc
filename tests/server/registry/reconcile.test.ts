// Reconciling the platform with the registry: check-ins grouped into persons, each matched and
// stored, the report CSV, and the background matcher keeping up with new check-ins and
// corrections after the first reconcile. SQLite and PostgreSQL.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Citizen } from '../../../src/domain/records';
import { extractSource, registryRepo } from '../../../sync-server/src/registry';
import {
  registryMatcher,
  type RegistryMatcher,
} from '../../../sync-server/src/registry/background-matcher';
import { matchesRepo } from '../../../sync-server/src/registry/matches-repo';
import { reconcileAll } from '../../../sync-server/src/registry/reconcile';
import { writeRegistryReport } from '../../../sync-server/src/registry/registry-report';
import { correctionRecord } from '../../support/records';
import { push } from '../helpers/api';
import { checkinOf, IN_REGISTRY, matchRowOf, RECORDED } from '../helpers/registry';
import { createTestApp, enrollDevice, NURSE, type Device, type TestApp } from '../helpers/test-app';
import { onPostgres } from '../helpers/test-database';

const REGISTRY = Object.values(IN_REGISTRY);
const { lan: LAN, namUnaccented: NAM_UNACCENTED, tu: TU, outsider: OUTSIDER } = RECORDED;
// The guardian's phone typed with spaces.
const CHILD: Citizen = {
  ...RECORDED.anhWithoutId,
  guardian: { name: 'Lê Văn Bố', phone: '0903 111 222' },
};

let t: TestApp;
let tablet: Device;
beforeEach(async () => {
  t = await createTestApp();
  tablet = await enrollDevice(t);
  await t.store.transaction((tx) => registryRepo(tx).replace(REGISTRY, '2026-12-01T00:00:00.000Z'));
});
afterEach(() => t.close());

async function pushAll(records: unknown[]): Promise<void> {
  const { status, body } = await push(t, tablet, records);
  expect(status).toBe(200);
  expect(body.results.map((r) => r.status)).toEqual(records.map(() => 'accepted'));
}

// On PostgreSQL the commit reaches the matcher through LISTEN, a moment later: ask for a run.
async function settle(matcher: RegistryMatcher): Promise<void> {
  matcher.kick();
  await matcher.idle();
}

const rowOf = (recordId: string) => matchRowOf(t.store, recordId);

describe('registry:reconcile', () => {
  it('groups check-ins into persons and says of each what the registry says', async () => {
    const lan = [checkinOf(LAN, '2026-11-01'), checkinOf(LAN, '2026-11-23')];
    const [nam, tu, outsider, child] = [NAM_UNACCENTED, TU, OUTSIDER, CHILD].map((c) =>
      checkinOf(c),
    );
    await pushAll([...lan, nam!, tu!, outsider!, child!]);

    const report = await reconcileAll(t.store, extractSource(t.store));

    expect(report).toMatchObject({ checkins: 6, persons: 5 });
    const lanRow = await rowOf(lan[0]!.id);
    expect(lanRow).toMatchObject({ status: 'verified', registry_id: LAN.id, differences: '' });
    expect(lanRow?.record_ids.sort()).toEqual(lan.map((r) => r.id).sort());
    expect(await rowOf(nam!.id)).toMatchObject({
      status: 'mismatch',
      registry_id: NAM_UNACCENTED.id,
      differences: 'full_name',
    });
    // A registry that knows only the birth year agrees with a full date in that year.
    expect(await rowOf(tu!.id)).toMatchObject({ status: 'verified', registry_id: TU.id });
    expect((await rowOf(outsider!.id))?.status).toBe('not-found');
    // The child without an ID is the twin whose name it carries, and gets her ID number.
    const childRow = await rowOf(child!.id);
    expect(childRow).toMatchObject({ status: 'mismatch', registry_id: '079310000011' });
    expect(childRow?.differences.split(';')).toContain('id_number');
    expect(report.byStatus).toEqual({ verified: 2, mismatch: 2, ambiguous: 0, 'not-found': 1 });
  });

  it.runIf(onPostgres)(
    'gives PostgreSQL statistics of the check-ins before paging through them',
    async () => {
      await pushAll([checkinOf(LAN)]);
      // Statistics reach other sessions a moment after the analyse: counted, then polled.
      const analyses = async () => {
        const { rows } = await sql<{ table: string; n: number }>`select relname as table,
          analyze_count::int as n from pg_stat_user_tables
          where schemaname = current_schema() and relname in ('records', 'record_flags')`.execute(
          t.store.db,
        );
        return Object.fromEntries(rows.map((r) => [r.table, r.n]));
      };
      const before = await analyses();
      await reconcileAll(t.store, extractSource(t.store));
      await expect
        .poll(async () => {
          const after = await analyses();
          return ['records', 'record_flags'].map((k) => (after[k] ?? 0) - (before[k] ?? 0));
        })
        .toEqual([1, 1]);
    },
  );

  it('writes the report CSV with exactly the agreed columns, one row per person', async () => {
    const lan = [checkinOf(LAN, '2026-11-01'), checkinOf(LAN, '2026-11-23')];
    const nam = checkinOf(NAM_UNACCENTED);
    await pushAll([...lan, nam]);
    await reconcileAll(t.store, extractSource(t.store));

    const file = path.join(t.dataDir, 'report.csv');
    expect(await writeRegistryReport(t.store, file)).toBe(2);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe(
      'person_key,record_ids,id_number,full_name,dob,sex,status,registry_id,differences',
    );
    const rows = lines.slice(1).map((l) => l.split(','));
    const lanRow = rows.find((r) => r[2] === LAN.id)!;
    expect(lanRow[1]!.split(' ').sort()).toEqual(lan.map((r) => r.id).sort());
    expect(lanRow.slice(3)).toEqual(['Nguyễn Thị Lan', '1990-05-01', 'F', 'verified', LAN.id, '']);
    expect(rows.find((r) => r[2] === NAM_UNACCENTED.id)?.slice(6)).toEqual([
      'mismatch',
      NAM_UNACCENTED.id,
      'full_name',
    ]);
  });
});

describe('the background matcher', () => {
  it('does nothing before the first reconcile', async () => {
    await pushAll([checkinOf(LAN)]);
    const matcher = registryMatcher(t.store, extractSource(t.store), { everyMs: 60_000 });
    expect(await matcher.runOnce()).toBe(0);
    await matcher.stop();
    expect(await matchesRepo(t.store).allKeys()).toEqual([]);
  });

  it('matches new check-ins and follows corrections and voids after a reconcile', async () => {
    const nam = checkinOf(NAM_UNACCENTED);
    await pushAll([nam]);
    await reconcileAll(t.store, extractSource(t.store));
    const matcher = registryMatcher(t.store, extractSource(t.store), { everyMs: 60_000 });
    try {
      const lan = checkinOf(LAN);
      await pushAll([lan]);
      await settle(matcher);
      expect(await rowOf(lan.id)).toMatchObject({ status: 'verified', registry_id: LAN.id });

      // Corrected to the registry's spelling: the same person, now verified.
      const before = (await rowOf(nam.id))!.person_key;
      await pushAll([correctionRecord(nam, NURSE.id, { 'data.citizen.fullName': 'Trần Văn Nam' })]);
      await settle(matcher);
      const after = await rowOf(nam.id);
      expect(after).toMatchObject({ status: 'verified', full_name: 'Trần Văn Nam' });
      // Accents aside the identity is the same, so the person keeps its key.
      expect(after!.person_key).toBe(before);

      // A voided check-in leaves no person behind.
      await pushAll([
        correctionRecord(
          lan,
          NURSE.id,
          {},
          { data: { targetId: lan.id, changes: {}, reason: 'nhầm người', void: 'wrong-person' } },
        ),
      ]);
      await settle(matcher);
      expect(await rowOf(lan.id)).toBeUndefined();
      expect(await matchesRepo(t.store).allKeys()).toHaveLength(1);
    } finally {
      await matcher.stop();
    }
  });

  it('moves a check-in corrected to another identity into that person', async () => {
    const lan = checkinOf(LAN, '2026-11-01');
    const swapped = checkinOf({ ...LAN, dob: '1990-01-05' }, '2026-11-23');
    await pushAll([lan, swapped]);
    await reconcileAll(t.store, extractSource(t.store));
    const typo = (await rowOf(swapped.id))!;
    expect(typo).toMatchObject({ status: 'mismatch', registry_id: LAN.id, differences: 'dob' });
    expect(JSON.parse(typo.detail).kinds.dob).toBe('swapped');

    const matcher = registryMatcher(t.store, extractSource(t.store), { everyMs: 60_000 });
    try {
      await pushAll([correctionRecord(swapped, NURSE.id, { 'data.citizen.dob': LAN.dob })]);
      await settle(matcher);
    } finally {
      await matcher.stop();
    }
    const joined = await rowOf(swapped.id);
    expect(joined).toMatchObject({
      status: 'verified',
      person_key: (await rowOf(lan.id))!.person_key,
    });
    expect(joined!.record_ids.sort()).toEqual([lan.id, swapped.id].sort());
    expect(await matchesRepo(t.store).allKeys()).toEqual([joined!.person_key]);
  });
});
