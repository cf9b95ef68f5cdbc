// English for the certificate verifier: exactly the keys of vi-dcc.ts.
import type { DccMessageKey } from './vi-dcc';

export const enDcc: Record<DccMessageKey, string> = {
  'dcc.heading': 'Vaccination certificate (EU DCC)',
  'dcc.valid': 'Valid certificate',
  'dcc.invalid': 'Certificate not valid',
  'dcc.signer': 'Signed by',
  'dcc.notVaccination':
    'This is a test or recovery certificate: it states no vaccination. Check the person in as a walk-in.',
  'dcc.nothingRecorded': 'No dose is recorded from this certificate.',
  'dcc.continue': 'Check this person in',
  'dcc.scanAnother': 'Scan another code',
  'dcc.fromCertificate':
    'Name, date of birth and previous doses come from the certificate. A certificate has no ID number: type it if the person carries an ID card, or leave it empty.',
  'dcc.ok': 'The certificate is valid.',
  'dcc.prefix':
    'This QR code is not an EU DCC vaccination certificate (it does not start with HC1:).',
  'dcc.base45': 'The QR code is damaged or was not read completely. Scan it again.',
  'dcc.compression': 'The data in the QR code is damaged. Scan it again.',
  'dcc.cbor': 'The certificate data is not in the right format: it cannot be read.',
  'dcc.cose': 'The certificate has no digital signature in the right format.',
  'dcc.cwt': 'The certificate lacks required information (issue date, expiry date or content).',
  'dcc.kid-missing': 'The certificate does not name its signer: it cannot be checked.',
  'dcc.kid-unknown':
    'The signer of this certificate is not in the trust list. Connect to the network to update the list, then scan again.',
  'dcc.signature': 'The digital signature is not valid: the certificate was altered or forged.',
  'dcc.not-yet-valid': 'The certificate is not valid yet. Check the tablet’s date and time.',
  'dcc.expired': 'The certificate has expired.',
  'dcc.signer-not-yet-valid': 'The certificate was signed before its signing key was valid.',
  'dcc.signer-expired': 'The certificate’s signing key has expired.',
  'dcc.key-usage': 'The signer is not allowed to sign this type of certificate.',
  'dcc.schema': 'The certificate’s content does not follow the EU DCC standard.',
  'dcc.revoked-certificate': 'This certificate has been revoked.',
  'dcc.revoked-signer': 'The signing key of this certificate has been revoked.',
};
