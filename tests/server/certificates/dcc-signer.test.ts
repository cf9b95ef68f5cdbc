// The issuer's signing path end to end: certificate facts → HC1 that our own verifier accepts
// against the signer's certificate, with the person's name transliterated, the latest dose, a
// UVCI with its check character, and exp per the policy; facts that cannot be a DCC say why.
import { describe, expect, it } from 'vitest';
import { certificateFacts } from '../../../src/domain/certificate-facts';
import { hasValidUvciCheck, verifyHc1 } from '../../../src/domain/dcc';
import { dccCertificateSigner } from '../../../sync-server/src/certificates/dcc-signer';
import { makeTestSigner } from '../../unit/domain/dcc/test-signer';

const AT = new Date('2026-12-07T08:00:00Z');
const facts = certificateFacts({ fullName: 'Nguyễn Đức Bảo Duy', dob: '1990-11-20', sex: 'M' }, [
  { date: '2021-08-10', vaccine: 'AZ', doseNumber: 1, recordId: 'a' },
  { date: '2021-09-20', vaccine: 'AZ', doseNumber: 2, recordId: 'b' },
]);

describe('signing a certificate', () => {
  it('makes an HC1 that verifies, stating the person and the latest dose', async () => {
    const test = await makeTestSigner('ES256', {
      notBefore: new Date('2026-01-01T00:00:00Z'),
      notAfter: new Date('2028-01-01T00:00:00Z'),
    });
    const signer = dccCertificateSigner(() => test.signer, { validityDays: 365 });
    const issued = await signer.sign('001090012345', facts, AT);
    if ('problem' in issued) throw new Error(issued.problem);
    expect(issued).toMatchObject({
      idNumber: '001090012345',
      issuedAt: AT.toISOString(),
      expiresAt: '2027-12-07T08:00:00.000Z',
    });
    expect(hasValidUvciCheck(issued.uvci)).toBe(true);
    expect(issued.uvci).toMatch(/^URN:UVCI:01:VN:[A-Z0-9]{16}#.$/);

    const result = await verifyHc1(issued.hc1, { signers: [test.trusted], clock: AT });
    expect(result).toMatchObject({ valid: true, reason: 'ok', kid: issued.kid });
    const dcc = result.payload?.dcc as { nam: unknown; dob: string; v: unknown[] };
    expect(result.payload).toMatchObject({ iss: 'VN' });
    expect(dcc.nam).toEqual({ fn: 'Nguyễn', gn: 'Đức Bảo Duy', fnt: 'NGUYEN', gnt: 'DUC<BAO<DUY' });
    expect(dcc.dob).toBe('1990-11-20');
    expect(dcc.v[0]).toMatchObject({ dn: 2, sd: 2, dt: '2021-09-20', co: 'VN', ci: issued.uvci });
    // Two certificates of one person never share a UVCI.
    const again = await signer.sign('001090012345', facts, AT);
    expect('uvci' in again && again.uvci).not.toBe(issued.uvci);
  });

  it('says why facts cannot be a certificate, signs nothing without a signer, and cuts exp', async () => {
    const test = await makeTestSigner('ES256', {
      notBefore: new Date('2026-01-01T00:00:00Z'),
      notAfter: new Date('2028-01-01T00:00:00Z'),
    });
    const signer = dccCertificateSigner(() => test.signer, { validityDays: 365 });
    const unknown = certificateFacts({ fullName: 'Lê Văn Tám', dob: '1950' }, [
      { date: '2021-08-10', vaccine: 'XX', doseNumber: 1, recordId: 'a' },
    ]);
    expect(await signer.sign('001050012345', unknown, AT)).toEqual({
      problem: expect.stringContaining('XX'),
    });
    const none = dccCertificateSigner(() => undefined, { validityDays: 365 });
    expect(await none.sign('001050012345', facts, AT)).toEqual({
      problem: expect.stringContaining('issuer:init'),
      retry: true,
    });
    // A certificate never outlives its signer.
    const cut = await signer.sign('001090012345', facts, AT, new Date('2027-03-01T00:00:00Z'));
    expect(cut).toMatchObject({ expiresAt: '2027-03-01T00:00:00.000Z' });
  });
});
