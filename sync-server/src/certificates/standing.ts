// A person's certificates as operators see them (issue 20 point 4): every UVCI issued, when, why,
// and what became of it, newest first, and why the facts as they stand are not signed, if so.
import type { DbHandle } from '../store/db-handle';
import type { DccCertificatesTable } from '../store/schema';
import { certificatesRepo } from './certificates-repo';
import type { NotSignableReason } from './subject';
import { subjectsRepo } from './subjects-repo';

export interface CertificateStanding {
  history: DccCertificatesTable[];
  notSignable: NotSignableReason | null;
}

export async function certificateStanding(
  handle: DbHandle,
  idNumber: string,
): Promise<CertificateStanding> {
  const subject = (await subjectsRepo(handle).get([idNumber])).get(idNumber);
  return {
    history: await certificatesRepo(handle).history(idNumber),
    notSignable: subject?.notSignable ?? null,
  };
}
