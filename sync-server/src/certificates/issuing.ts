// The issuer's two collaborators over what exists (docs/certificates.md): the signer, with the
// current document signer of the issuer folder, and the history of certificates in the database.
// A certificate never outlives its signer: exp is cut to the DSC's notAfter, since verifiers refuse
// a certificate that expires after its signer. No signer, a revoked or an expired one: not ready.
// The ledger lets a person have one live certificate at most, whoever writes.
import { ES256, PS256, type DccSigner } from '../../../src/domain/dcc';
import type { DbHandle } from '../store/db-handle';
import { certificatesRepo } from './certificates-repo';
import { dccCertificateSigner, type SigningPolicy } from './dcc-signer';
import { IssuerError } from './issuer-error';
import type { IssuerKeys, IssuerSigner } from './issuer-keys';
import type {
  CertificateLedger,
  CertificateSigner,
  IssuedCertificate,
} from './issuer-collaborators';
import { signersRepo } from './signers-repo';

export function issuingSigner(
  store: DbHandle,
  keys: IssuerKeys | undefined,
  policy: SigningPolicy,
  now: () => number = Date.now,
): CertificateSigner {
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
  /** The DSC's end, by kid, of the signers found valid: ready() reads it afresh, sign() reuses it. */
  const ends = new Map<string, number>();
  const readEnd = async (kid: string): Promise<number | undefined> => {
    const row = await signersRepo(store).get(kid);
    if (!row || row.revoked_at !== null) {
      ends.delete(kid);
      return undefined;
    }
    const end = Date.parse(row.not_after);
    ends.set(kid, end);
    return end;
  };
  const signing = dccCertificateSigner(() => current()?.dcc, policy);
  return {
    async ready() {
      // Read each time: a revoked current signer (issuer:revoke-kid) stops signing at once.
      const c = current();
      const end = c && (await readEnd(c.signer.kid));
      return end !== undefined && end > now();
    },
    async sign(idNumber, facts, at) {
      const c = current();
      const end = c && (ends.get(c.signer.kid) ?? (await readEnd(c.signer.kid)));
      if (end === undefined || end <= at.getTime()) {
        return { problem: 'No document signer may sign now: run issuer:rotate.', retry: true };
      }
      return signing.sign(idNumber, facts, at, new Date(end));
    },
  };
}

/**
 * Each write is all or nothing per person: a new certificate first revokes the one it supersedes
 * (or finds the person without one), so two writers that read the same person (the issuer and
 * `certificate:issue`) cannot both leave a live certificate: the second is refused.
 */
export const certificateLedger: CertificateLedger = {
  async write(tx, { issued, revoked }) {
    const repo = certificatesRepo(tx);
    const refused = new Set<string>();
    for (const c of issued) {
      const at = new Date(c.issuedAt);
      if (c.supersedes && !(await repo.revoke(c.supersedes, at, 'superseded', c.uvci))) {
        refused.add(c.idNumber);
        continue;
      }
      const added = await repo.add({
        uvci: c.uvci,
        idNumber: c.idNumber,
        kid: c.kid,
        issuedAt: at,
        expiresAt: new Date(c.expiresAt),
        reason: c.reason,
        hc1: c.hc1,
      });
      // Only a person read without a certificate can meet one here: nothing was revoked.
      if (!added) refused.add(c.idNumber);
    }
    for (const r of revoked) {
      if (!(await repo.revoke(r.uvci, new Date(r.at), r.reason))) refused.add(r.idNumber);
    }
    return refused;
  },
  inForce: (handle, idNumbers) => certificatesRepo(handle).liveOf(idNumbers),
  holdersOfRevokedKeys: (handle, limit) => certificatesRepo(handle).holdersOfRevokedKeys(limit),
  changesOfHolders: (handle, limit) => certificatesRepo(handle).changesOfHolders(limit),
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
