// Build → sign → encode → decode → verify, with ES256 and PS256 signers made in the test, and
// each way a certificate can be refused.
import { describe, expect, it } from 'vitest';
import {
  bytesToBase64,
  dccFromHistory,
  decodeHc1,
  encodeHc1,
  HC1_PREFIX,
  makeUvci,
  uciHash,
  verifyHc1,
  type CwtClaims,
  type VerifyOptions,
} from '../../../../src/domain/dcc';
import { EKU_TEST, makeTestSigner } from './test-signer';

const DAY = 86_400;
const iat = Date.UTC(2026, 11, 1) / 1000;
const signerValidity = {
  notBefore: new Date(Date.UTC(2026, 0, 1)),
  notAfter: new Date(Date.UTC(2028, 0, 1)),
};
const inside = new Date((iat + 10 * DAY) * 1000);

function claims(): CwtClaims {
  const built = dccFromHistory(
    { fullName: 'Nguyễn Đức Bảo Duy', dob: '1990-04-30' },
    [
      { date: '2021-08-01', vaccine: 'AZ', doseNumber: 1 },
      { date: '2021-09-01', vaccine: 'AZ', doseNumber: 2 },
      { date: '2022-03-01', vaccine: 'PF', doseNumber: 3 },
    ],
    { uvci: makeUvci('01HN/ABC123456789') },
  );
  if (!built.ok) throw new Error(built.problem);
  return { iss: 'VN', iat, exp: iat + 365 * DAY, dcc: built.dcc as unknown as CwtClaims['dcc'] };
}

describe.each(['ES256', 'PS256'] as const)('an %s certificate', (alg) => {
  it('verifies after a round trip, with its DCC intact', async () => {
    const { signer, trusted } = await makeTestSigner(alg, signerValidity);
    const text = await encodeHc1(claims(), signer);
    expect(text.startsWith(HC1_PREFIX)).toBe(true);
    const result = await verifyHc1(text, { signers: [trusted], clock: inside });
    expect(result).toMatchObject({ valid: true, reason: 'ok', kid: trusted.kid });
    expect(result.payload).toEqual(claims());
    expect(result.payload?.dcc).toMatchObject({
      nam: { fn: 'Nguyễn', fnt: 'NGUYEN', gn: 'Đức Bảo Duy', gnt: 'DUC<BAO<DUY' },
      v: [{ dn: 3, sd: 3, mp: 'EU/1/20/1528', ma: 'ORG-100030215', co: 'VN' }],
    });
  });

  it('says which rule refused it', async () => {
    const { signer, trusted } = await makeTestSigner(alg, signerValidity);
    const text = await encodeHc1(claims(), signer);
    const at = (clock: Date, extra: Partial<VerifyOptions> = {}) =>
      verifyHc1(text, { signers: [trusted], clock, ...extra }).then((r) => r.reason);
    expect(await at(new Date((iat - DAY) * 1000))).toBe('not-yet-valid');
    expect(await at(new Date((iat + 400 * DAY) * 1000))).toBe('expired');
    expect(await at(new Date('not a date'))).toBe('not-yet-valid');
    expect(await verifyHc1(text, { signers: [], clock: inside })).toMatchObject({
      valid: false,
      reason: 'kid-unknown',
      kid: trusted.kid,
    });
    const revokedKid = { hashes: [], kids: [trusted.kid] };
    expect(await at(inside, { revocation: revokedKid })).toBe('revoked-signer');
    const hash = await uciHash((claims().dcc.v as Array<{ ci: string }>)[0]!.ci);
    expect(await at(inside, { revocation: { hashes: new Set([hash]), kids: [] } })).toBe(
      'revoked-certificate',
    );
    expect(
      await at(inside, { revocation: { hashes: ['AAAAAAAAAAAAAAAAAAAAAA=='], kids: [] } }),
    ).toBe('ok');
  });
});

describe('many at once', () => {
  it('keeps each certificate whole when signers wait and others sign meanwhile', async () => {
    // The CBOR layers share one arena: a certificate waiting for WebCrypto must not see the next
    // one's bytes, whether that one signs at once or waits too.
    const waiting = await makeTestSigner('ES256', signerValidity);
    const webCrypto = waiting.signer;
    const { createPrivateKey, sign } = await import('node:crypto');
    const jwk = await crypto.subtle.exportKey('jwk', waiting.privateKey);
    const key = createPrivateKey({ key: jwk as never, format: 'jwk' });
    const immediate = {
      ...webCrypto,
      sign: (data: Uint8Array) => sign('sha256', data, { key, dsaEncoding: 'ieee-p1363' }),
    };
    const people = ['Lê Văn An', 'Trần Thị Bình', 'Phạm Minh Châu', 'Võ Đức Dũng'];
    const claimsOf = (fullName: string, i: number): CwtClaims => {
      const built = dccFromHistory(
        { fullName, dob: '1980' },
        [{ date: '2021-08-01', vaccine: 'AZ', doseNumber: 1 }],
        { uvci: makeUvci(`PERSON${i}`) },
      );
      if (!built.ok) throw new Error(built.problem);
      return { iat, exp: iat + 365 * DAY, dcc: built.dcc as unknown as CwtClaims['dcc'] };
    };
    const texts = await Promise.all(
      people.map((name, i) => encodeHc1(claimsOf(name, i), i % 2 ? immediate : webCrypto)),
    );
    for (const [i, text] of texts.entries()) {
      const result = await verifyHc1(text, { signers: [waiting.trusted], clock: inside });
      expect(result).toMatchObject({ valid: true });
      expect(result.payload).toEqual(claimsOf(people[i]!, i));
    }
  });
});

describe('refusals', () => {
  it('refuses a certificate whose COSE signature was tampered with', async () => {
    const { signer, trusted } = await makeTestSigner('ES256', signerValidity);
    const decoded = decodeHc1(await encodeHc1(claims(), signer));
    if (!decoded.ok) throw new Error(decoded.detail);
    decoded.value.cose.signature[10]! ^= 1;
    const { verifyDecoded } = await import('../../../../src/domain/dcc');
    expect((await verifyDecoded(decoded.value, { signers: [trusted], clock: inside })).reason).toBe(
      'signature',
    );
  });

  it('refuses a payload signed by another key under the same kid', async () => {
    const a = await makeTestSigner('ES256', signerValidity);
    const b = await makeTestSigner('ES256', signerValidity);
    const text = await encodeHc1(claims(), { ...b.signer, kid: a.signer.kid });
    expect((await verifyHc1(text, { signers: [a.trusted], clock: inside })).reason).toBe(
      'signature',
    );
  });

  it('refuses a certificate outside its signer’s validity, and a signer not allowed to sign it', async () => {
    const late = await makeTestSigner('ES256', {
      notBefore: new Date((iat + DAY) * 1000),
      notAfter: signerValidity.notAfter,
    });
    const text = await encodeHc1(claims(), late.signer);
    expect((await verifyHc1(text, { signers: [late.trusted], clock: inside })).reason).toBe(
      'signer-not-yet-valid',
    );
    const short = await makeTestSigner('ES256', {
      notBefore: signerValidity.notBefore,
      notAfter: new Date((iat + 30 * DAY) * 1000),
    });
    const shortText = await encodeHc1(claims(), short.signer);
    expect((await verifyHc1(shortText, { signers: [short.trusted], clock: inside })).reason).toBe(
      'signer-expired',
    );
    const testsOnly = await makeTestSigner('ES256', { ...signerValidity, keyUsages: [EKU_TEST] });
    const vacc = await encodeHc1(claims(), testsOnly.signer);
    expect((await verifyHc1(vacc, { signers: [testsOnly.trusted], clock: inside })).reason).toBe(
      'key-usage',
    );
    const anyType = await makeTestSigner('PS256', { ...signerValidity, keyUsages: [] });
    const anyText = await encodeHc1(claims(), anyType.signer);
    expect((await verifyHc1(anyText, { signers: [anyType.trusted], clock: inside })).valid).toBe(
      true,
    );
  });

  it('refuses a certificate that breaks the schema, even well signed', async () => {
    const { signer, trusted } = await makeTestSigner('ES256', signerValidity);
    const bad = claims();
    bad.dcc = { ...bad.dcc, dob: '30/04/1990' };
    const result = await verifyHc1(await encodeHc1(bad, signer), {
      signers: [trusted],
      clock: inside,
    });
    expect(result).toMatchObject({ valid: false, reason: 'schema' });
    expect(result.detail).toMatch(/dob/);
  });

  it('trusts a signer only under the kid its certificate hashes to', async () => {
    const a = await makeTestSigner('ES256', signerValidity);
    const b = await makeTestSigner('ES256', signerValidity);
    const text = await encodeHc1(claims(), a.signer);
    const misfiled = { ...b.trusted, kid: a.trusted.kid };
    const result = await verifyHc1(text, { signers: [misfiled], clock: inside });
    expect(result).toMatchObject({ valid: false, reason: 'kid-unknown' });
    const unreadable = { ...a.trusted, der: new Uint8Array([0x30, 0x03, 1, 2, 3]) };
    expect((await verifyHc1(text, { signers: [unreadable], clock: inside })).reason).toBe(
      'kid-unknown',
    );
  });

  it('refuses a message without kid, and text that is no HC1 at all', async () => {
    const { signer, trusted } = await makeTestSigner('ES256', signerValidity);
    const noKid = await encodeHc1(claims(), { ...signer, kid: new Uint8Array(0) });
    // An empty kid names no trusted signer.
    expect((await verifyHc1(noKid, { signers: [trusted], clock: inside })).reason).toBe(
      'kid-unknown',
    );
    for (const [text, reason] of [
      ['HC2:6BFOXN', 'prefix'],
      ['HC1:not base45!', 'base45'],
      ['HC1:6BFOXN', 'compression'],
    ] as const) {
      expect(await verifyHc1(text, { signers: [trusted] })).toMatchObject({
        valid: false,
        reason,
        kid: null,
        payload: null,
      });
    }
    expect(bytesToBase64(signer.kid)).toBe(trusted.kid);
  });
});
