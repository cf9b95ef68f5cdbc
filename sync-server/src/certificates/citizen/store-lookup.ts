// The citizen page's look-up over what the issuer keeps: the person by ID number, then their date
// of birth compared as precisely as it is known (a registry that knows only 1950 accepts any day
// of 1950), then the certificate in force from the history. A person with a change still waiting
// for the issuer is told the certificate is being updated.
import { certificateStatus } from '../../../../src/domain/dose-history';
import type { LocalDate } from '../../../../src/domain/local-date';
import type { DbHandle } from '../../store/db-handle';
import type { CertificateLedger } from '../issuer-collaborators';
import { subjectsRepo } from '../subjects-repo';
import type { CertificateLookup } from './citizen-lookup';

/** Whether a typed full date is the known date of birth, at the precision it is known. */
export const sameBirth = (known: string, typed: LocalDate): boolean =>
  known.length === 10 ? known === typed : typed.startsWith(`${known}-`);

export function storeLookup(
  store: DbHandle,
  ledger: CertificateLedger,
  waiting: (idNumber: string) => Promise<boolean>,
): CertificateLookup {
  return async (idNumber, dob) => {
    const subject = (await subjectsRepo(store).get([idNumber])).get(idNumber);
    if (!subject || !sameBirth(subject.facts.dob, dob)) return undefined;
    const { facts } = subject;
    const colour = certificateStatus(facts.doses);
    if (colour === 'none') return undefined;
    const signed = subject.uvci ? await ledger.find(store, subject.uvci) : undefined;
    const notSignable = subject.notSignable ?? ((await waiting(idNumber)) ? 'issuing' : undefined);
    return {
      fullName: facts.fullName,
      colour,
      doses: facts.doses,
      ...(signed && { signed }),
      ...(notSignable && { notSignable }),
    };
  };
}
