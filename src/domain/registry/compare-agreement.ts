// Fields that either agree or not: sex, province, commune, phone. Unknown on either side is a
// level of its own (weight zero) rather than a disagreement: the registry lacks many phones and
// communes, and a site does not always record them.
import { normalizePhone } from '../phone';
import type { AgreementLevel } from './types';

export function compareValue(
  recorded: string | undefined,
  registry: string | undefined,
): AgreementLevel {
  if (recorded === undefined || recorded === '' || registry === undefined || registry === '')
    return 'unknown';
  return recorded === registry ? 'agree' : 'disagree';
}

const national = (phone: string | undefined): string | undefined =>
  phone === undefined ? undefined : (normalizePhone(phone) ?? undefined);

/** Phones compared in their national form, so "+84 912 345 678" agrees with "0912345678". */
export function comparePhone(
  recorded: string | undefined,
  registry: string | undefined,
): AgreementLevel {
  return compareValue(national(recorded), national(registry));
}
