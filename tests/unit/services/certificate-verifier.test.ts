// The desk's verifier over the lists as the tablet stores them: a certificate signed by a signer
// of the stored trust list verifies and states its dose as a prior dose that dose-due counts; a
// revoked, unknown or tampered one is refused with its reason and gives nothing to record.
import { afterEach, describe, expect, it } from 'vitest';
import { DccListRepository } from '../../../src/data/dcc-list-repo';
import type { VaxDb } from '../../../src/data/db';
import {
  bytesToBase64,
  dccFromHistory,
  encodeHc1,
  makeUvci,
  uciHash,
  type CwtClaims,
} from '../../../src/domain/dcc';
import { doseDue } from '../../../src/domain/dose-due';
import { createCertificateVerifier } from '../../../src/services/certificate-verifier';
import { makeTestSigner, type TestSigner } from '../domain/dcc/test-signer';
import { freshDb } from '../data/fixtures';

const DAY = 86_400;
const iat = Date.UTC(2026, 11, 1) / 1000;
const validity = {
  notBefore: new Date(Date.UTC(2026, 0, 1)),
  notAfter: new Date(Date.UTC(2028, 0, 1)),
};
const now = new Date((iat + 6 * DAY) * 1000);
const UVCI = makeUvci('01HN/TABLET0001');

function claims(): CwtClaims {
  const built = dccFromHistory(
    { fullName: 'Trần Thị Mai Anh', dob: '1988-02-14' },
    [
      { date: '2021-08-01', vaccine: 'AZ', doseNumber: 1 },
      { date: '2021-10-01', vaccine: 'AZ', doseNumber: 2 },
    ],
    { uvci: UVCI },
  );
  if (!built.ok) throw new Error(built.problem);
  return { iss: 'VN', iat, exp: iat + 365 * DAY, dcc: built.dcc as unknown as CwtClaims['dcc'] };
}

const trustJson = (...signers: TestSigner[]) =>
  JSON.stringify({
    certificates: signers.map(({ trusted }) => ({
      kid: trusted.kid,
      country: trusted.country,
      certificateType: 'DSC',
      rawData: bytesToBase64(trusted.der),
    })),
  });

let db: VaxDb;
afterEach(() => db.delete());

async function setup(trust: string, revocation = { hashes: [] as string[], kids: [] as string[] }) {
  db = freshDb();
  const store = new DccListRepository(db);
  const checkedAt = now.toISOString();
  await store.put({ name: 'trust-list', json: trust, checkedAt });
  const revocationJson = JSON.stringify({ hashType: 'UCI', ...revocation });
  await store.put({ name: 'revocation-list', json: revocationJson, checkedAt });
  return { store, verifier: createCertificateVerifier(store, () => now) };
}

describe('createCertificateVerifier', () => {
  it('verifies against the stored trust list and states the latest dose with its number', async () => {
    const ours = await makeTestSigner('ES256', validity);
    const { verifier } = await setup(trustJson(ours));
    const check = await verifier.verify(await encodeHc1(claims(), ours.signer));
    expect(check).toEqual({
      valid: true,
      reason: 'ok',
      signerCountry: 'VN',
      facts: {
        type: 'v',
        fullName: 'Trần Thị Mai Anh',
        dob: '1988-02-14',
        doses: [{ date: '2021-10-01', vaccine: 'AZ', doseNumber: 2 }],
        countries: ['VN'],
      },
    });
    // Dose 2 of AstraZeneca's two: the next is the first booster, six months after it.
    expect(doseDue(check.facts!.doses, '2026-12-07')).toMatchObject({
      doseNumber: 3,
      doseKind: 'booster',
      earliest: '2022-04-01',
    });
  });

  it("verifies another country's certificate once its signer is in the list (PS256)", async () => {
    const ours = await makeTestSigner('ES256', validity);
    const theirs = await makeTestSigner('PS256', validity);
    const { verifier } = await setup(
      trustJson(ours, { ...theirs, trusted: { ...theirs.trusted, country: 'DE' } }),
    );
    const check = await verifier.verify(await encodeHc1(claims(), theirs.signer));
    expect(check).toMatchObject({ valid: true, signerCountry: 'DE' });
  });

  it('refuses a signer missing from the list, a revoked certificate and a tampered one', async () => {
    const ours = await makeTestSigner('ES256', validity);
    const stranger = await makeTestSigner('ES256', validity);
    const text = await encodeHc1(claims(), ours.signer);

    const unknown = await setup(trustJson(stranger));
    expect(await unknown.verifier.verify(text)).toMatchObject({
      valid: false,
      reason: 'kid-unknown',
    });
    await db.delete();

    const revoked = await setup(trustJson(ours), { hashes: [await uciHash(UVCI)], kids: [] });
    const check = await revoked.verifier.verify(text);
    expect(check).toMatchObject({ valid: false, reason: 'revoked-certificate' });
    // What it says is still shown, so the volunteer sees whose certificate it was.
    expect(check.facts?.fullName).toBe('Trần Thị Mai Anh');
    await db.delete();

    const good = await setup(trustJson(ours));
    const tampered = await encodeHc1(claims(), {
      ...ours.signer,
      sign: async (data) => ours.signer.sign(new Uint8Array([...data, 0])),
    });
    expect(await good.verifier.verify(tampered)).toMatchObject({
      valid: false,
      reason: 'signature',
    });
  });

  it('reads a newly pulled list at the next scan, and survives stored lists that are not JSON', async () => {
    const ours = await makeTestSigner('ES256', validity);
    const { store, verifier } = await setup('not json');
    const text = await encodeHc1(claims(), ours.signer);
    expect((await verifier.verify(text)).reason).toBe('kid-unknown');
    await store.put({ name: 'trust-list', json: trustJson(ours), checkedAt: now.toISOString() });
    expect((await verifier.verify(text)).valid).toBe(true);
  });
});
