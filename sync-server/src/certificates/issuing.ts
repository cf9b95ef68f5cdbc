// The issuer's two collaborators over what exists (docs/certificates.md): the signer, with the
// current document signer of the issuer folder, and the history of certificates in the database.
// A certificate never outlives its signer: exp is cut to the DSC's notAfter, since verifiers refuse
// a certificate that expires after its signer. No signer, a revoked or an expired one: not ready.
import { ES256, PS256, type DccSigner } from '../../../src/domain/dcc';
import type { DbHandle } from '../store/db-handle';
import { certificatesRepo } from './certificates-repo';
import { dccCertificateSigner, type SigningPolicy } from './dcc-signer';
import { IssuerError } from './issuer-error';
import type { IssuerKeys, IssuerSigner } from './issuer-keys';
import type { CertificateLedger, CertificateSigner, IssuedCertificate } from './issue-run';
import { signersRepo } from './signers-repo';

export function issuingSigner(
  store: DbHandle,
  keys: IssuerKeys | undefined,
  policy: SigningPolicy,
  now: () => number = Date.now,
): CertificateSigner {
  /** The DSC's end, by kid: read once, a signer's validity never changes. */
  const ends = new Map<string, number>();
  const adapted = new WeakMap<IssuerSigner, DccSigner>();
  const current = () => {
    let signer: IssuerSigner;
    if (!keys) return undefined;
    try {
      signer = keys.currentSigner();
    } catch (err) {
      if (err instanceof IssuerError) return undefined;
      throw err;
    }
    let dcc = adapted.get(signer);
    if (!dcc) {
      const alg = signer.alg === 'ES256' ? ES256 : PS256;
      dcc = { alg, sign: signer.sign, kid: Buffer.from(signer.kid, 'base64') };
      adapted.set(signer, dcc);
    }
    return { signer, dcc };
  };
  const endOf = async (kid: string): Promise<number | undefined> => {
    if (!ends.has(kid)) {
      const row = await signersRepo(store).get(kid);
      if (!row || row.revoked_at !== null) return undefined;
      ends.set(kid, Date.parse(row.not_after));
    }
    return ends.get(kid);
  };
  const signing = dccCertificateSigner(() => current()?.dcc, policy);
  return {
    async ready() {
      const c = current();
      const end = c && (await endOf(c.signer.kid));
      return end !== undefined && end > now();
    },
    async sign(idNumber, facts, at) {
      const c = current();
      const end = c && (await endOf(c.signer.kid));
      if (end === undefined || end <= at.getTime()) {
        return { problem: 'No document signer may sign now: run issuer:rotate.', retry: true };
      }
      return signing.sign(idNumber, facts, at, new Date(end));
    },
  };
}

export const certificateLedger: CertificateLedger = {
  async write(tx, { issued, revoked }) {
    const repo = certificatesRepo(tx);
    for (const c of issued) {
      await repo.add({
        uvci: c.uvci,
        idNumber: c.idNumber,
        kid: c.kid,
        issuedAt: new Date(c.issuedAt),
        expiresAt: new Date(c.expiresAt),
        reason: c.reason,
        hc1: c.hc1,
      });
    }
    for (const r of revoked) await repo.revoke(r.uvci, new Date(r.at), r.reason, r.supersededBy);
  },
  async find(handle, uvci): Promise<IssuedCertificate | undefined> {
    const row = await certificatesRepo(handle).find(uvci);
    return (
      row && {
        uvci: row.uvci,
        idNumber: row.id_number,
        kid: row.kid,
        hc1: row.hc1,
        issuedAt: row.issued_at,
        expiresAt: row.expires_at,
      }
    );
  },
};
