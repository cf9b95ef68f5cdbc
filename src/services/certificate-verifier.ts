// The desk's certificate verifier: the EU DCC codec and WebCrypto checks (src/domain/dcc) over
// the lists the tablet pulled. Its own chunk, loaded on the first HC1 scan (the shell stays small).
import { scannedCertificate } from '../domain/dcc/scanned-certificate';
import { readRevocationList, readTrustList } from '../domain/dcc/trust-list';
import { verifyHc1, type TrustedSigner } from '../domain/dcc/verify';
import type { RevocationList } from '../domain/dcc/revocation';
import type { DccListRepository } from '../data/dcc-list-repo';
import type { CertificateCheck } from './contracts';

interface ReadLists {
  trustJson: string;
  revocationJson: string;
  signers: TrustedSigner[];
  revocation: RevocationList;
}

export function createCertificateVerifier(
  lists: Pick<DccListRepository, 'get'>,
  now: () => Date = () => new Date(),
) {
  // Read once per version of the lists: the signers' certificates are parsed once, not per scan.
  let read: ReadLists | undefined;
  async function currentLists(): Promise<ReadLists> {
    const [trust, revocation] = await Promise.all([
      lists.get('trust-list'),
      lists.get('revocation-list'),
    ]);
    const trustJson = trust?.json ?? '{}';
    const revocationJson = revocation?.json ?? '{}';
    if (read?.trustJson !== trustJson || read.revocationJson !== revocationJson) {
      read = {
        trustJson,
        revocationJson,
        signers: readTrustList(parse(trustJson)).signers,
        revocation: readRevocationList(parse(revocationJson)),
      };
    }
    return read;
  }

  return {
    async verify(text: string): Promise<CertificateCheck> {
      const { signers, revocation } = await currentLists();
      const result = await verifyHc1(text, { signers, revocation, clock: now() });
      const signer = signers.find((s) => s.kid === result.kid);
      return {
        valid: result.valid,
        reason: result.reason,
        facts: result.payload ? scannedCertificate(result.payload.dcc) : null,
        ...(signer ? { signerCountry: signer.country } : {}),
      };
    },
  };
}

/** Stored text is the server's answer: unreadable JSON is no list, never an exception. */
function parse(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}
