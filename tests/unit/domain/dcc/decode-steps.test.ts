// Each decode step alone: its happy path and every way it refuses, with a typed reason and no throw.
import { encode as base45Reference } from '@digitalbazaar/base45';
import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  coseKid,
  decodeBase45,
  decodeCoseSign1,
  decodeCwt,
  deflateCose,
  encodeCbor,
  encodeCwt,
  inflateCose,
  MAX_INFLATED_BYTES,
  sigStructure,
  toHc1Text,
  unprefixHc1,
  verifyDecoded,
} from '../../../../src/domain/dcc';
import { CborArena, Tagged } from '../../../../src/domain/dcc/cbor';
import { encodeBase45 } from '../../../../src/domain/dcc/hc1-text';
import { mulberry32 } from '../../../../src/domain/mulberry32';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('HC1 text', () => {
  it('takes the base45 after HC1: and refuses other contexts', () => {
    expect(unprefixHc1('HC1:ABC')).toEqual({ ok: true, value: 'ABC' });
    for (const text of ['HC2:ABC', 'HL0:ABC', 'ABC', 'hc1:ABC', '']) {
      expect(unprefixHc1(text)).toMatchObject({ ok: false, reason: 'prefix' });
    }
  });

  it('decodes RFC 9285 base45 and refuses what is not', () => {
    // RFC 9285 §4.3: "Hello!!" is "%69 VD92EX0".
    expect(decodeBase45('%69 VD92EX0')).toEqual({
      ok: true,
      value: new TextEncoder().encode('Hello!!'),
    });
    for (const text of ['GGW', 'abc', 'A', 'X'.repeat(4297)]) {
      expect(decodeBase45(text)).toMatchObject({ ok: false, reason: 'base45' });
    }
  });

  it('encodes RFC 9285 base45 as the decoding library reads it back', () => {
    // RFC 9285 §4.3's examples, then bytes of every length up to 300 with both end bytes.
    const text = (value: string) => encodeBase45(new TextEncoder().encode(value));
    expect([text('AB'), text('Hello!!'), text('base-45'), text('')]).toEqual([
      'BB8',
      '%69 VD92EX0',
      'UJCLQE7W581',
      '',
    ]);
    const random = mulberry32(45);
    for (let length = 0; length <= 300; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) =>
        i % 7 === 0 ? 255 : i % 11 === 0 ? 0 : Math.floor(random() * 256),
      );
      const encoded = encodeBase45(bytes);
      expect(encoded).toBe(base45Reference(bytes));
      expect(decodeBase45(encoded)).toEqual({ ok: true, value: bytes });
    }
  });

  it('encodes bytes that do not start their buffer', () => {
    const whole = new TextEncoder().encode('xxHello!!');
    expect(toHc1Text(whole.subarray(2))).toBe('HC1:%69 VD92EX0');
  });
});

describe('compression', () => {
  it('round-trips and refuses data that is not zlib', () => {
    const cose = bytes(0xd2, 0x84, 1, 2, 3);
    expect(inflateCose(deflateCose(cose))).toEqual({ ok: true, value: cose });
    expect(inflateCose(cose)).toMatchObject({ ok: false, reason: 'compression' });
    expect(inflateCose(bytes())).toMatchObject({ ok: false, reason: 'compression' });
  });

  it('refuses a stream whose checksum does not match', () => {
    const zipped = deflateCose(new TextEncoder().encode('a certificate'));
    zipped[zipped.length - 1]! ^= 0xff;
    expect(inflateCose(zipped)).toMatchObject({ ok: false, reason: 'compression' });
  });

  it('refuses a small input that inflates beyond 64 KB, and an input no QR can hold', () => {
    const bomb = zlibSync(new Uint8Array(MAX_INFLATED_BYTES + 1), { level: 9 });
    expect(bomb.length).toBeLessThan(1000);
    expect(inflateCose(bomb)).toMatchObject({ ok: false, reason: 'compression' });
    const big = zlibSync(crypto.getRandomValues(new Uint8Array(5000)), { level: 0 });
    expect(inflateCose(big)).toMatchObject({ ok: false, reason: 'compression' });
  });
});

describe('COSE_Sign1', () => {
  const header = encodeCbor(
    new Map<number, unknown>([
      [1, -7],
      [4, bytes(1, 2, 3, 4, 5, 6, 7, 8)],
    ]),
  );
  const payload = encodeCwt({ iat: 1, exp: 2, dcc: { ver: '1.3.0' } });
  const message = [header, new Map([[4, bytes(9, 9)]]), payload, new Uint8Array(64)];

  it('reads tagged (18, or 61 around 18) and untagged messages alike', () => {
    for (const item of [
      message,
      new Tagged(18, message),
      new Tagged(61, new Tagged(18, message)),
    ]) {
      const cose = decodeCoseSign1(encodeCbor(item));
      expect(cose.ok).toBe(true);
      if (cose.ok) expect(coseKid(cose.value)).toEqual(bytes(1, 2, 3, 4, 5, 6, 7, 8));
    }
  });

  it('takes the unprotected kid only when the protected header has none', () => {
    const cose = decodeCoseSign1(encodeCbor([new Uint8Array(0), message[1], payload, message[3]]));
    expect(cose.ok && coseKid(cose.value)).toEqual(bytes(9, 9));
  });

  it('refuses what is not a COSE_Sign1', () => {
    expect(decodeCoseSign1(bytes(0xff))).toMatchObject({ ok: false, reason: 'cbor' });
    // A tag we do not read (98 is COSE_Sign, several signers) stops at the CBOR step.
    const sign = decodeCoseSign1(encodeCbor(new Tagged(98, message)));
    expect(sign).toMatchObject({ ok: false, reason: 'cbor' });
    for (const item of [
      message.slice(0, 3),
      [header, new Map(), null, new Uint8Array(64)],
      [encodeCbor([1]), new Map(), payload, new Uint8Array(64)],
      [header, [], payload, new Uint8Array(64)],
      'text',
    ]) {
      expect(decodeCoseSign1(encodeCbor(item))).toMatchObject({ ok: false, reason: 'cose' });
    }
  });

  it('refuses duplicate map keys, which two readers could read two ways', () => {
    // {4: h'01', 4: h'02'}
    const twice = bytes(0xa2, 0x04, 0x41, 0x01, 0x04, 0x41, 0x02);
    const item = [twice, new Map(), payload, new Uint8Array(64)];
    expect(decodeCoseSign1(encodeCbor(item))).toMatchObject({ ok: false, reason: 'cose' });
  });

  it('signs the RFC 9052 Sig_structure', () => {
    expect(sigStructure(bytes(0xa0), bytes(1))).toEqual(
      encodeCbor(['Signature1', bytes(0xa0), new Uint8Array(0), bytes(1)]),
    );
  });

  it('says kid-missing when neither header names the signer', async () => {
    const noKid = decodeCoseSign1(
      encodeCbor([encodeCbor(new Map([[1, -7]])), new Map(), payload, new Uint8Array(64)]),
    );
    const claims = decodeCwt(payload);
    if (!noKid.ok || !claims.ok) throw new Error('fixture');
    const result = await verifyDecoded(
      { cose: noKid.value, claims: claims.value },
      { signers: [] },
    );
    expect(result).toMatchObject({ valid: false, reason: 'kid-missing', kid: null });
  });
});

describe('CWT claims', () => {
  const dcc = { ver: '1.3.0', nam: { fnt: 'A' } };

  it('reads iss, iat, exp and the DCC of claim -260/1', () => {
    expect(decodeCwt(encodeCwt({ iss: 'VN', iat: 10, exp: 20, dcc }))).toEqual({
      ok: true,
      value: { iss: 'VN', iat: 10, exp: 20, dcc },
    });
  });

  it('reads tagged date-times as text', () => {
    const payload = encodeCbor(
      new Map<number, unknown>([
        [4, 2],
        [6, 1],
        [-260, new Map([[1, { sc: new Tagged(0, '2021-06-15T09:24:02Z'), at: new Tagged(1, 0) }]])],
      ]),
    );
    expect(decodeCwt(payload)).toMatchObject({
      ok: true,
      value: { dcc: { sc: '2021-06-15T09:24:02Z', at: '1970-01-01T00:00:00.000Z' } },
    });
  });

  it('refuses claims without times or DCC, and a DCC JSON cannot hold', () => {
    const claims = (entries: Array<[number, unknown]>) => decodeCwt(encodeCbor(new Map(entries)));
    const hcert = new Map([[1, dcc]]);
    expect(
      claims([
        [4, 2],
        [-260, hcert],
      ]),
    ).toMatchObject({ ok: false, reason: 'cwt' });
    expect(
      claims([
        [4, 2],
        [6, '1'],
        [-260, hcert],
      ]),
    ).toMatchObject({ ok: false, reason: 'cwt' });
    expect(
      claims([
        [4, 2],
        [6, 1],
      ]),
    ).toMatchObject({ ok: false, reason: 'cwt' });
    expect(
      claims([
        [1, 5],
        [4, 2],
        [6, 1],
        [-260, hcert],
      ]),
    ).toMatchObject({ ok: false, reason: 'cwt' });
    expect(
      claims([
        [4, 2],
        [6, 1],
        [-260, new Map([[1, [1]]])],
      ]),
    ).toMatchObject({ ok: false, reason: 'cwt' });
    expect(
      claims([
        [4, 2],
        [6, 1],
        [-260, new Map([[1, { a: bytes(1) }]])],
      ]),
    ).toMatchObject({
      ok: false,
      reason: 'cbor',
    });
    expect(decodeCwt(encodeCbor([1]))).toMatchObject({ ok: false, reason: 'cwt' });
    // A DCC of 60,000 nested arrays (well within 64 KB) is refused, not a crash.
    const head = encodeCbor(
      new Map<number, unknown>([
        [4, 2],
        [6, 1],
        [-260, new Map([[1, { a: 0 }]])],
      ]),
    );
    const deep = new Uint8Array(head.length + 60_000).fill(0x81);
    deep.set(head.subarray(0, -1));
    deep[deep.length - 1] = 0x01;
    expect(decodeCwt(deep)).toMatchObject({ ok: false, reason: 'cbor' });
    expect(decodeCwt(bytes(0x1c))).toMatchObject({ ok: false, reason: 'cbor' });
  });
});

describe('CBOR arena', () => {
  it('writes what cborg writes, one item after another, and makes room when full', () => {
    const arena = new CborArena(new Uint8Array(16));
    const first = arena.encode({ a: 1, bb: 'x' });
    const second = arena.encode([1, 2, 3]);
    expect(first).toEqual(encodeCbor({ a: 1, bb: 'x' }));
    expect(second).toEqual(encodeCbor([1, 2, 3]));
    expect(second.buffer).toBe(first.buffer);
    const big = arena.encode('y'.repeat(40));
    expect(big).toEqual(encodeCbor('y'.repeat(40)));
    expect(big.buffer).not.toBe(first.buffer);
    expect(() => arena.encode(Symbol('no CBOR'))).toThrow();
    arena.clear();
    expect(arena.encode([9]).byteOffset).toBe(0);
  });
});
