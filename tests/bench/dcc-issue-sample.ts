// What the certificate bench signs (dcc-issue.ts and its workers): one person's three doses, with
// the issuer's signing path as the service uses it and its current document signer.
import type { CertificateFacts } from '../../src/domain/certificate-facts';
import { ES256 } from '../../src/domain/dcc';
import { issuerKeys } from '../../sync-server/src/certificates';
import { dccCertificateSigner } from '../../sync-server/src/certificates/dcc-signer';

export const SAMPLE_ID = '079090001234';

export const SAMPLE_FACTS: CertificateFacts = {
  fullName: 'Nguyễn Đức Bảo Duy',
  dob: '1990-05-01',
  sex: 'M',
  doses: [
    { date: '2021-09-01', vaccine: 'AZ', doseNumber: 1 },
    { date: '2021-11-01', vaccine: 'AZ', doseNumber: 2 },
    { date: '2022-05-01', vaccine: 'PF', doseNumber: 3 },
  ],
};

/** The whole path from facts to HC1, signed with the ES256 signer of `issuerDir`. */
export function benchSigner(issuerDir: string) {
  const keys = issuerKeys({ dir: issuerDir });
  return dccCertificateSigner(
    () => {
      const s = keys.currentSigner();
      return { alg: ES256, sign: s.sign, kid: Buffer.from(s.kid, 'base64') };
    },
    { validityDays: 365 },
  );
}
