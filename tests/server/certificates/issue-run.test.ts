// The certificate issuer over a real store (SQLite and PostgreSQL): doses pushed by a tablet and
// registry matches written by reconcile are looked at; a verified person gets a certificate, a new
// dose supersedes it, a void of every dose revokes it, an unverified person is noted with why,
// and without issuer keys the person waits and is signed once keys exist.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CertificateFacts } from '../../../src/domain/certificate-facts';
import type { Citizen, VaxRecord } from '../../../src/domain/records';
import type { RegistryPerson } from '../../../src/domain/registry/types';
import { issueRun } from '../../../sync-server/src/certificates/issue-run';
import { certificateLedger } from '../../../sync-server/src/certificates';
import type {
  CertificateSigner,
  LedgerWrite,
} from '../../../sync-server/src/certificates/issuer-collaborators';
import { storeLookup } from '../../../sync-server/src/certificates/citizen/store-lookup';
import { subjectsRepo } from '../../../sync-server/src/certificates/subjects-repo';
import type { LocalDate } from '../../../src/domain/local-date';
import { extractSource, reconcileAll, registryRepo } from '../../../sync-server/src/registry';
import { push } from '../helpers/api';
import { vaccinationVisit } from '../helpers/visits';
import { createTestApp, enrollDevice, type Device, type TestApp } from '../helpers/test-app';

const LAN: RegistryPerson = {
  idNumber: '079190001234',
  fullName: 'Nguyễn Thị Lan',
  dob: '1990-05-01',
  sex: 'F',
  provinceCode: '79',
};
const LAN_AT_SITE: Citizen = {
  id: LAN.idNumber,
  fullName: 'Nguyễn Thị Lan',
  dob: '1990-05-01',
  sex: 'F',
};
const NAM_UNACCENTED: Citizen = {
  id: '079085004321',
  fullName: 'TRAN VAN NAM',
  dob: '1985-02-03',
  sex: 'M',
};
const NAM: RegistryPerson = {
  idNumber: '079085004321',
  fullName: 'Trần Văn Nam',
  dob: '1985-02-03',
  sex: 'M',
  provinceCode: '79',
};

let t: TestApp;
let tablet: Device;
let keys: boolean;
let ledger: LedgerWrite[];
let serial: number;

const signer: CertificateSigner = {
  ready: async () => keys,
  sign: async (idNumber: string, facts: CertificateFacts, at: Date) => ({
    uvci: `URN:UVCI:01:VN:T${++serial}`,
    idNumber,
    kid: 'a2lkLWtpZA==',
    hc1: `HC1:${facts.fullName}|${facts.doses.length}`,
    issuedAt: at.toISOString(),
    expiresAt: new Date(at.getTime() + 365 * 86400_000).toISOString(),
  }),
};
// The database's ledger, as the app's own issuer (which has no keys here) uses it too; its
// writes are recorded to be read back.
const write = certificateLedger.write.bind(certificateLedger);
const run = () => issueRun(t.store, { signer, ledger: certificateLedger, lagMs: 0 });
/** Runs until nothing is left, as the worker does. */
async function settle(): Promise<void> {
  while ((await run()) > 0);
}

beforeEach(async () => {
  t = await createTestApp();
  tablet = await enrollDevice(t);
  await t.store.transaction((tx) =>
    registryRepo(tx).replace([LAN, NAM], '2026-12-01T00:00:00.000Z'),
  );
  keys = true;
  ledger = [];
  serial = 0;
  vi.spyOn(certificateLedger, 'write').mockImplementation(async (tx, w) => {
    ledger.push(w);
    return write(tx, w);
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await t.close();
});

async function pushAll(records: VaxRecord[]): Promise<void> {
  const { body } = await push(t, tablet, records);
  expect(body.results.map((r) => r.status)).toEqual(records.map(() => 'accepted'));
}

const subject = async (id: string) => (await subjectsRepo(t.store).get([id])).get(id);
const issued = () => ledger.flatMap((w) => w.issued);
const revoked = () => ledger.flatMap((w) => w.revoked);

describe('the certificate issuer', () => {
  it('signs for a verified person only, once matched, and re-issues on a new dose', async () => {
    await pushAll([
      ...vaccinationVisit(LAN_AT_SITE, '2026-10-01', 1),
      ...vaccinationVisit(NAM_UNACCENTED, '2026-10-01', 1),
    ]);
    await settle();
    // Not compared with the registry yet: nothing to sign, nothing to show.
    expect(issued()).toEqual([]);
    expect(await subject(LAN.idNumber)).toBeUndefined();

    await reconcileAll(t.store, extractSource(t.store));
    await settle();
    expect(issued()).toMatchObject([
      {
        idNumber: LAN.idNumber,
        reason: 'first-issue',
        supersedes: null,
        hc1: 'HC1:Nguyễn Thị Lan|1',
      },
    ]);
    expect(await subject(LAN.idNumber)).toMatchObject({
      uvci: 'URN:UVCI:01:VN:T1',
      notSignable: null,
    });
    const lookup = storeLookup(t.store, certificateLedger, async () => false);
    expect(await lookup(LAN.idNumber, '1990-05-01' as LocalDate)).toMatchObject({
      fullName: 'Nguyễn Thị Lan',
      colour: 'yellow',
      signed: { uvci: 'URN:UVCI:01:VN:T1', hc1: 'HC1:Nguyễn Thị Lan|1' },
    });
    expect(await lookup(LAN.idNumber, '1990-05-02' as LocalDate)).toBeUndefined();
    // The unaccented name differs from the registry's: noted, not signed.
    expect(await subject(NAM.idNumber)).toMatchObject({
      uvci: null,
      notSignable: 'identity-mismatch',
      facts: { fullName: 'TRAN VAN NAM', doses: [{ date: '2026-10-01', doseNumber: 1 }] },
    });

    await pushAll(vaccinationVisit(LAN_AT_SITE, '2026-11-01', 2));
    await settle();
    expect(issued().at(-1)).toMatchObject({
      reason: 'new-dose',
      supersedes: 'URN:UVCI:01:VN:T1',
      hc1: 'HC1:Nguyễn Thị Lan|2',
    });
    // The new certificate supersedes the old in the ledger's one write; nothing else is revoked.
    expect(revoked()).toEqual([]);
    expect(await lookup(LAN.idNumber, '1990-05-01' as LocalDate)).toMatchObject({
      colour: 'green',
      signed: { uvci: 'URN:UVCI:01:VN:T2' },
    });
    // Looked at again with nothing new: nothing happens.
    const before = ledger.length;
    await settle();
    expect(ledger.slice(before).flatMap((w) => [...w.issued, ...w.revoked])).toEqual([]);
  });

  it('looks at a certificate holder before a backlog of others waiting longer', async () => {
    await pushAll(vaccinationVisit(LAN_AT_SITE, '2026-10-01', 1));
    await reconcileAll(t.store, extractSource(t.store));
    await settle();
    expect(issued()).toHaveLength(1);
    // A day of people the registry has not verified yet, then Lan's second dose.
    for (let i = 0; i < 3; i++) {
      const stranger = { ...NAM_UNACCENTED, id: `07908500990${i}`, fullName: `TRAN VAN ${i}` };
      await pushAll(vaccinationVisit(stranger, '2026-11-01', 1));
    }
    await pushAll(vaccinationVisit(LAN_AT_SITE, '2026-11-01', 2));

    await issueRun(t.store, { signer, ledger: certificateLedger, lagMs: 0, limit: 1 });
    expect(issued().at(-1)).toMatchObject({ idNumber: LAN.idNumber, reason: 'new-dose' });
    // The others are still waiting, and are looked at in the runs after.
    expect(await run()).toBeGreaterThan(0);
  });

  it('holds verified persons while there are no issuer keys, and signs them once keys exist', async () => {
    keys = false;
    await pushAll(vaccinationVisit(LAN_AT_SITE, '2026-10-01', 1));
    await reconcileAll(t.store, extractSource(t.store));
    await settle();
    expect(issued()).toEqual([]);
    expect(await subject(LAN.idNumber)).toMatchObject({
      uvci: null,
      notSignable: 'issuer-not-ready',
    });

    keys = true;
    await settle();
    expect(issued()).toMatchObject([{ idNumber: LAN.idNumber, reason: 'first-issue' }]);
    expect(await subject(LAN.idNumber)).toMatchObject({ notSignable: null });
  });

  it('writes a run of many persons 100 a transaction, each person whole', async () => {
    const many = Array.from({ length: 150 }, (_, i) => ({
      ...LAN,
      idNumber: `0791900${String(i).padStart(5, '0')}`,
      fullName: `Nguyễn Thị Lan ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)}`,
    }));
    await t.store.transaction((tx) => registryRepo(tx).replace(many, '2026-12-01T00:00:00.000Z'));
    await pushAll(
      many.flatMap((p) =>
        vaccinationVisit({ ...LAN_AT_SITE, id: p.idNumber, fullName: p.fullName }, '2026-10-01', 1),
      ),
    );
    await reconcileAll(t.store, extractSource(t.store));
    await settle();
    expect(new Set(issued().map((c) => c.idNumber)).size).toBe(150);
    const signed = await subjectsRepo(t.store).get(many.map((p) => p.idNumber));
    expect([...signed.values()].filter((s) => s.uvci && !s.notSignable)).toHaveLength(150);
    // No write of more than 100 (the app's own issuer, without keys, signs none of them).
    const writes = ledger.filter((w) => w.issued.length > 0).map((w) => w.issued.length);
    expect(Math.max(...writes)).toBeLessThanOrEqual(100);
  });
});
