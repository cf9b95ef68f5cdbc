// The two public lists tablets pull (docs/protocol.md, /dcc), in the EU gateway's shapes. Every
// signer is listed, expired and revoked ones too: a verifier checks a DSC's validity as of the time
// it verifies for (so old certificates can be checked as of a past date), and a revoked signer's
// kid is in the revocation list, as the EU does.
import { Type, type Static } from '@sinclair/typebox';
import type { DbHandle } from '../store/db-handle';
import { certificatesRepo } from './certificates-repo';
import { signersRepo } from './signers-repo';

export const TrustListSchema = Type.Object({
  certificates: Type.Array(
    Type.Object({
      kid: Type.String(),
      country: Type.String(),
      certificateType: Type.Literal('DSC'),
      rawData: Type.String(),
    }),
  ),
});
export type TrustList = Static<typeof TrustListSchema>;

export const RevocationListSchema = Type.Object({
  hashType: Type.Literal('UCI'),
  hashes: Type.Array(Type.String()),
  kids: Type.Array(Type.String()),
});
export type RevocationList = Static<typeof RevocationListSchema>;

export async function trustList(handle: DbHandle): Promise<TrustList> {
  const signers = await signersRepo(handle).list();
  return {
    certificates: signers.map((s) => ({
      kid: s.kid,
      country: s.country,
      certificateType: 'DSC' as const,
      rawData: s.der,
    })),
  };
}

export async function revocationList(handle: DbHandle): Promise<RevocationList> {
  return {
    hashType: 'UCI',
    hashes: await certificatesRepo(handle).revokedHashes(),
    kids: await signersRepo(handle).revokedKids(),
  };
}
