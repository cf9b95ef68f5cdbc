// The work-queue's actions: accepting the registry's values writes corrections the tablets pull
// and re-matches the person; bulk accept acts on exactly the count confirmed; choosing, ruling out
// and noting are honoured by later matching; every action stays in scope and is audited.
// SQLite and PostgreSQL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CheckinRecord, Citizen, VaxRecord } from '../../../src/domain/records';
import type { Operator } from '../../../sync-server/src/operators';
import {
  auditRepo,
  extractSource,
  notesRepo,
  reconcileAll,
  registryActions,
  registryRepo,
  type RegistryActions,
} from '../../../sync-server/src/registry';
import { matchesRepo } from '../../../sync-server/src/registry/matches-repo';
import { pullAll, push } from '../helpers/api';
import { checkinOf, IN_REGISTRY, matchRowOf, RECORDED } from '../helpers/registry';
import {
  createTestApp,
  enrollDevice,
  OTHER_SITE,
  type Device,
  type TestApp,
} from '../helpers/test-app';

const { nam, lan, anh } = IN_REGISTRY;
const REGISTRY = [nam, lan, anh];
const NAM = RECORDED.namUnaccented;
const LAN: Citizen = { ...RECORDED.lan, fullName: 'NGUYEN THI LAN' };
// Recorded without an ID: the one field that differs.
const CHILD: Citizen = { ...RECORDED.anhWithoutId, fullName: anh.fullName };

const NATIONAL: Operator = { id: 'op-nat', name: 'Cục Y tế dự phòng', scope: { kind: 'national' } };
const ELSEWHERE: Operator = {
  id: 'op-s2',
  name: 'Trạm 2',
  scope: { kind: 'site', siteId: OTHER_SITE.id },
};

let t: TestApp;
let tablet: Device;
let actions: RegistryActions;
const now = new Date();

beforeEach(async () => {
  t = await createTestApp();
  tablet = await enrollDevice(t);
  await t.store.transaction((tx) => registryRepo(tx).replace(REGISTRY, now.toISOString()));
  actions = registryActions(t.store, extractSource(t.store));
});
afterEach(() => t.close());

async function setUp(citizens: Citizen[]): Promise<CheckinRecord[]> {
  const records = citizens.map((c) => checkinOf(c));
  const { body } = await push(t, tablet, records);
  expect(body.results.every((r) => r.status === 'accepted')).toBe(true);
  await reconcileAll(t.store, extractSource(t.store));
  return records;
}

const keyOf = async (recordId: string) => (await matchesRepo(t.store).personKeysOf([recordId]))[0]!;
const rowOf = (recordId: string) => matchRowOf(t.store, recordId);

describe('accepting the registry values', () => {
  it('corrects the check-in, which the tablet pulls, and the person is verified', async () => {
    const [nam] = await setUp([NAM]);
    const key = await keyOf(nam!.id);
    expect(await actions.acceptRegistryValues(ELSEWHERE, key, now)).toEqual({
      ok: false,
      reason: 'not-found',
    });

    expect(await actions.acceptRegistryValues(NATIONAL, key, now)).toEqual({
      ok: true,
      corrected: 1,
    });
    expect(await rowOf(nam!.id)).toMatchObject({ status: 'verified', full_name: 'Trần Văn Nam' });

    const other = await enrollDevice(t);
    const pulled = (await pullAll(t, other)).flatMap((p) => p.changes);
    const correction = pulled
      .map((c) => c.data as VaxRecord)
      .find((r) => r.type === 'correction' && r.data.targetId === nam!.id);
    expect(correction).toMatchObject({
      staffId: 'registry-cleaning',
      data: { changes: { 'data.citizen.fullName': 'Trần Văn Nam' } },
    });
    expect((correction as { data: { reason: string } }).data.reason).toContain(NATIONAL.name);
    expect((await auditRepo(t.store).ofPerson(key)).map((a) => a.action)).toEqual(['accept']);
    // Nothing left to accept the second time.
    expect(await actions.acceptRegistryValues(NATIONAL, key, now)).toMatchObject({ ok: false });
  });

  it('gives a child recorded without an ID the registry number', async () => {
    const [child] = await setUp([CHILD]);
    expect(await rowOf(child!.id)).toMatchObject({ status: 'mismatch', differences: 'id_number' });
    const outcome = await actions.acceptRegistryValues(NATIONAL, await keyOf(child!.id), now);
    expect(outcome).toEqual({ ok: true, corrected: 1 });
    expect(await rowOf(child!.id)).toMatchObject({ status: 'verified', id_number: '079310000011' });
  });

  it('bulk-accepts a filter only when its count is still the one confirmed', async () => {
    const [nam, lan] = await setUp([NAM, LAN, CHILD]);
    const filter = { field: 'full_name' as const, kind: 'diacritics', only: true };
    expect(await actions.bulkAccept(NATIONAL, filter, 3, now)).toEqual({
      ok: false,
      reason: 'count-changed',
      count: 2,
    });
    expect(await actions.bulkAccept(NATIONAL, filter, 2, now)).toEqual({ ok: true, corrected: 2 });
    for (const r of [nam!, lan!]) expect((await rowOf(r.id))?.status).toBe('verified');
    expect(await matchesRepo(t.store).countByStatus()).toMatchObject({ verified: 2, mismatch: 1 });
  });
});

describe('decisions and notes', () => {
  it('rules a registry person out, then chooses it back, and matching honours both', async () => {
    const [nam] = await setUp([NAM]);
    const key = await keyOf(nam!.id);
    const registryId = NAM.id!;
    expect(await actions.ruleOut(NATIONAL, key, '001000000000', now)).toMatchObject({ ok: false });

    expect(await actions.ruleOut(NATIONAL, key, registryId, now)).toEqual({
      ok: true,
      corrected: 0,
    });
    expect(await rowOf(nam!.id)).toMatchObject({ status: 'not-found', registry_id: null });
    // A full reconcile keeps the decision.
    await reconcileAll(t.store, extractSource(t.store));
    expect((await rowOf(nam!.id))?.status).toBe('not-found');
    // The ruled-out person is no longer offered, so it cannot be chosen from this match.
    expect(await actions.chooseCandidate(NATIONAL, key, registryId, now)).toMatchObject({
      ok: false,
    });
  });

  it('chooses a candidate: the match is that person, with its differences', async () => {
    const [nam] = await setUp([NAM]);
    const key = await keyOf(nam!.id);
    expect(await actions.chooseCandidate(NATIONAL, key, NAM.id!, now)).toEqual({
      ok: true,
      corrected: 0,
    });
    const row = await rowOf(nam!.id);
    expect(row).toMatchObject({
      status: 'mismatch',
      registry_id: NAM.id,
      differences: 'full_name',
    });
    expect(JSON.parse(row!.detail).reason).toBe('chosen');
  });

  it('keeps a note that the registry is wrong, in scope, audited', async () => {
    const [nam] = await setUp([NAM]);
    const key = await keyOf(nam!.id);
    const note = { fields: ['dob' as const], note: 'Giấy khai sinh ghi 03/02/1985' };
    expect(await actions.noteRegistryWrong(ELSEWHERE, key, note, now)).toMatchObject({ ok: false });
    expect(await actions.noteRegistryWrong(NATIONAL, key, note, now)).toMatchObject({ ok: true });
    expect(await notesRepo(t.store).list(NATIONAL.scope)).toMatchObject([
      { person_key: key, registry_id: NAM.id, fields: 'dob', note: note.note },
    ]);
    expect(await notesRepo(t.store).list(ELSEWHERE.scope)).toEqual([]);
    expect((await auditRepo(t.store).ofPerson(key))[0]).toMatchObject({
      operator_id: NATIONAL.id,
      action: 'registry-wrong',
    });
  });
});
