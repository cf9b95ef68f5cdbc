// issuer:revoke-kid: a leaked or lost signer's kid goes to the revocation list (it stays in the
// trust list, as the EU does); if it was ours and current, nothing signs until issuer:rotate. The
// live certificates it signed are counted here; the issuing service finds them by their revoked
// kid and re-issues them with the current signer ('key-revoked'), once one may sign.
import type { Store } from '../store/store';
import { certificatesRepo } from './certificates-repo';
import type { IssuerSettings } from './issuer';
import { IssuerError } from './issuer-error';
import { readCurrent, writeCurrent } from './key-files';
import { signersRepo } from './signers-repo';

export interface RevokedSigner {
  /** The revoked kid was the one signing: nothing signs until issuer:rotate. */
  wasCurrent: boolean;
  /** The live certificates it signed, each to be re-issued with the current signer ('key-revoked'). */
  toReissue: number;
}

export async function revokeSigner(
  store: Store,
  settings: Pick<IssuerSettings, 'dir'>,
  kid: string,
  reason: string,
  now: Date,
): Promise<RevokedSigner> {
  const signer = await signersRepo(store).get(kid);
  if (!signer) throw new IssuerError(`no signer with kid ${kid}: see GET /dcc/trust-list`);
  // Read before the database changes: a missing issuer folder refuses the whole revocation.
  const wasCurrent = signer.source === 'own' && readCurrent(settings.dir).kid === kid;
  if (!(await signersRepo(store).revoke(kid, now, reason))) {
    throw new IssuerError(`the signer ${kid} was revoked already (${signer.revoked_at})`);
  }
  if (wasCurrent) writeCurrent(settings.dir, { kid: null, revoked: kid });
  return { wasCurrent, toReissue: await certificatesRepo(store).countLiveOfKid(kid) };
}
