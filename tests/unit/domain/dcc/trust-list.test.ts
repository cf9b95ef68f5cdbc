import { describe, expect, it } from 'vitest';
import {
  bytesToBase64,
  encodeHc1,
  makeUvci,
  readRevocationList,
  readTrustList,
  uciHash,
  verifyHc1,
  dccFromHistory,
  type CwtClaims,
} from '../../../../src/domain/dcc';
import { makeTestSigner } from './test-signer';

const validity = { notBefore: new Date('2026-01-01'), notAfter: new Date('2028-01-01') };

describe('the pulled lists', () => {
  it('verify a certificate from the JSON the server serves', async () => {
    const { signer, trusted, der } = await makeTestSigner('ES256', validity);
    const uvci = makeUvci('01HN/7');
    const built = dccFromHistory(
      { fullName: 'Lê Văn A', dob: '1970' },
      [{ date: '2021-08-01', vaccine: 'VC', doseNumber: 1 }],
      { uvci },
    );
    if (!built.ok) throw new Error(built.problem);
    const iat = Date.parse('2026-12-01') / 1000;
    const claims: CwtClaims = { iss: 'VN', iat, exp: iat + 86_400, dcc: built.dcc as never };
    const text = await encodeHc1(claims, signer);
    const list = readTrustList({
      certificates: [
        { kid: trusted.kid, country: 'VN', certificateType: 'DSC', rawData: bytesToBase64(der) },
        { kid: trusted.kid, country: 'VN', certificateType: 'CSCA', rawData: bytesToBase64(der) },
        { kid: 'short', country: 'VN', certificateType: 'DSC', rawData: bytesToBase64(der) },
        { kid: trusted.kid, country: 'VN', certificateType: 'DSC', rawData: 'not base64!' },
        null,
      ],
    });
    expect(list.dropped).toBe(4);
    const clock = new Date((iat + 60) * 1000);
    expect((await verifyHc1(text, { signers: list.signers, clock })).valid).toBe(true);
    const revocation = readRevocationList({
      hashType: 'UCI',
      hashes: [await uciHash(uvci), 'junk', 42],
      kids: [],
    });
    expect(revocation.hashes).toEqual(new Set([await uciHash(uvci)]));
    expect((await verifyHc1(text, { signers: list.signers, clock, revocation })).reason).toBe(
      'revoked-certificate',
    );
  });

  it('read anything else as empty lists', () => {
    for (const junk of [null, 'x', [], { certificates: 'x' }]) {
      expect(readTrustList(junk).signers).toEqual([]);
    }
    expect(
      readRevocationList({ hashType: 'SIGNATURE', hashes: [], kids: ['AAAAAAAAAAA='] }),
    ).toEqual({ hashes: new Set(), kids: new Set() });
  });
});
