// Duplicates: one citizen recorded twice (once with an ID, once without) is two platform persons
// matched to one registry person; accepting the registry's values for the one without attaches
// the ID, and its visit's doses join the citizen's history, where a dose recorded twice is then
// flagged as a duplicate, never dropped. SQLite and PostgreSQL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Operator } from '../../../sync-server/src/operators';
import {
  extractSource,
  reconcileAll,
  registryActions,
  registryRepo,
} from '../../../sync-server/src/registry';
import { matchesRepo } from '../../../sync-server/src/registry/matches-repo';
import { injectionRecord } from '../../support/records';
import { push } from '../helpers/api';
import { checkinOf, IN_REGISTRY, matchRowOf, RECORDED } from '../helpers/registry';
import { createTestApp, enrollDevice, NURSE, SITE, type TestApp } from '../helpers/test-app';

const ANH = IN_REGISTRY.anh;
const { anh: WITH_ID, anhWithoutId: WITHOUT_ID } = RECORDED;
const NATIONAL: Operator = { id: 'op', name: 'Cục Y tế dự phòng', scope: { kind: 'national' } };

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
  await t.store.transaction((tx) => registryRepo(tx).replace([ANH], new Date().toISOString()));
});
afterEach(() => t.close());

const dosesOf = (citizenId: string) =>
  t.store.db
    .selectFrom('citizen_doses')
    .select(['record_id', 'dose_number'])
    .where('citizen_id', '=', citizenId)
    .execute();

describe('a citizen recorded twice', () => {
  it('is two persons on one registry person; accepting joins the dose histories', async () => {
    const tablet = await enrollDevice(t);
    const known = checkinOf(WITH_ID, '2026-11-02');
    const unknown = checkinOf(WITHOUT_ID, '2026-11-23');
    const dose = (visitKey: string, day: string) =>
      injectionRecord(SITE.id, NURSE.id, {
        visitKey,
        occurredAt: `${day}T09:40:00.000+07:00`,
      });
    const first = dose(known.visitKey, '2026-11-02');
    const second = dose(unknown.visitKey, '2026-11-23');
    const { body } = await push(t, tablet, [known, first, unknown, second]);
    expect(body.results.map((r) => r.status)).toEqual(Array(4).fill('accepted'));
    expect((await dosesOf(ANH.idNumber)).map((d) => d.record_id)).toEqual([first.id]);

    await reconcileAll(t.store, extractSource(t.store));
    const [a, b] = [await matchRowOf(t.store, known.id), await matchRowOf(t.store, unknown.id)];
    expect(a).toMatchObject({ status: 'verified', registry_id: ANH.idNumber });
    expect(b).toMatchObject({ status: 'mismatch', registry_id: ANH.idNumber });
    expect(b!.differences.split(';')).toContain('id_number');
    expect(await matchesRepo(t.store).duplicates({ kind: 'national' })).toEqual([
      { registryId: ANH.idNumber, personKeys: [a!.person_key, b!.person_key].sort() },
    ]);

    const actions = registryActions(t.store, extractSource(t.store));
    expect(await actions.acceptRegistryValues(NATIONAL, b!.person_key, new Date())).toEqual({
      ok: true,
      corrected: 1,
    });
    // The visit without an ID now has the registry's: its dose joined the citizen's history,
    // both kept (each was recorded as dose 1: the data-quality report flags the pair).
    const doses = await dosesOf(ANH.idNumber);
    expect(doses.map((d) => d.record_id).sort()).toEqual([first.id, second.id].sort());
    // One person now: the same identity at both visits.
    expect(await matchesRepo(t.store).duplicates({ kind: 'national' })).toEqual([]);
    expect((await matchRowOf(t.store, unknown.id))?.person_key).toBe(a!.person_key);
  });
});
