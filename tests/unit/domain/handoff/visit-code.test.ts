import { encode as base45Encode, decode as base45Decode } from '@digitalbazaar/base45';
import { deflateSync, inflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  exportPublicKey,
  generateDeviceKey,
  signBytes,
} from '../../../../src/domain/device-export';
import { checkHandoff } from '../../../../src/domain/handoff/check-handoff';
import type { SiteDevice } from '../../../../src/domain/handoff/site-devices';
import {
  HANDOFF_FORMAT,
  HANDOFF_PREFIX,
  MAX_HANDOFF_TEXT,
  makeHandoffCode,
  readHandoffCode,
  type HandoffPayload,
} from '../../../../src/domain/handoff/visit-code';
import type { VaxRecord } from '../../../../src/domain/records';
import { samples } from '../../../support/records';

const DEVICE = '01937a1e-0000-7000-8000-00000000000a';
const NOW = new Date('2026-11-23T10:00:00+07:00');
const visit = () => [samples.checkin(), samples.screening(), samples.injection()] as VaxRecord[];
const payload = (over: Partial<HandoffPayload> = {}): HandoffPayload => ({
  format: HANDOFF_FORMAT,
  deviceId: DEVICE,
  siteId: samples.SITE,
  madeAt: '2026-11-23T09:40:00.000+07:00',
  records: visit(),
  ...over,
});

async function tablet(revokedAt: string | null = null) {
  const keys = await generateDeviceKey();
  const device: SiteDevice = {
    id: DEVICE,
    name: 'Bàn khám',
    publicKey: await exportPublicKey(keys.publicKey),
    revokedAt,
  };
  return { keys, device };
}
const signer = (key: CryptoKey) => (bytes: Uint8Array<ArrayBuffer>) => signBytes(key, bytes);
const context = (devices: SiteDevice[]) => ({ siteId: samples.SITE, devices, now: NOW });

/** The code with its JSON replaced, the signature kept: what an altered code looks like. */
function altered(code: string, change: (p: HandoffPayload) => HandoffPayload): string {
  const bytes = base45Decode(code.slice(HANDOFF_PREFIX.length));
  const json = JSON.parse(new TextDecoder().decode(inflateSync(bytes.subarray(64))));
  const body = deflateSync(new TextEncoder().encode(JSON.stringify(change(json))));
  const out = new Uint8Array(64 + body.length);
  out.set(bytes.subarray(0, 64));
  out.set(body, 64);
  return HANDOFF_PREFIX + base45Encode(out);
}

describe('hand-off code of one visit', () => {
  it('fits one QR in alphanumeric mode and is taken by a tablet of the same site', async () => {
    const { keys, device } = await tablet();
    const code = await makeHandoffCode(payload(), signer(keys.privateKey));
    expect(code).toMatch(/^VXH1:[0-9A-Z $%*+\-./:]+$/);
    expect(code.length).toBeLessThan(MAX_HANDOFF_TEXT / 2);
    const check = await checkHandoff(readHandoffCode(code), context([device]));
    expect(check).toEqual({ ok: true, deviceId: DEVICE, records: visit() });
  });

  it('refuses an altered record (the signature no longer matches)', async () => {
    const { keys, device } = await tablet();
    const code = await makeHandoffCode(payload(), signer(keys.privateKey));
    const forged = altered(code, (p) => ({ ...p, madeAt: '2026-11-23T09:41:00.000+07:00' }));
    expect(await checkHandoff(readHandoffCode(forged), context([device]))).toEqual({
      ok: false,
      reason: 'signature',
    });
  });

  it('refuses a code signed with another key than the named device', async () => {
    const { device } = await tablet();
    const other = await generateDeviceKey();
    const code = await makeHandoffCode(payload(), signer(other.privateKey));
    const check = await checkHandoff(readHandoffCode(code), context([device]));
    expect(check).toEqual({ ok: false, reason: 'signature' });
  });

  it('refuses a code from another site, and a record of another site inside a code', async () => {
    const { keys, device } = await tablet();
    const foreign = await makeHandoffCode(
      payload({ siteId: 'other-site' }),
      signer(keys.privateKey),
    );
    expect(await checkHandoff(readHandoffCode(foreign), context([device]))).toEqual({
      ok: false,
      reason: 'other-site',
    });
    const smuggled = { ...samples.injection(), siteId: 'other-site' } as VaxRecord;
    const mixed = await makeHandoffCode(
      payload({ records: [...visit(), smuggled] }),
      signer(keys.privateKey),
    );
    expect(await checkHandoff(readHandoffCode(mixed), context([device]))).toEqual({
      ok: false,
      reason: 'other-site',
    });
  });

  it('refuses a device missing from the list, one without a key, and a revoked one', async () => {
    const { keys, device } = await tablet();
    const code = await makeHandoffCode(payload(), signer(keys.privateKey));
    const read = readHandoffCode(code);
    expect(await checkHandoff(read, context([]))).toEqual({ ok: false, reason: 'unknown-device' });
    expect(await checkHandoff(read, context([{ ...device, publicKey: null }]))).toEqual({
      ok: false,
      reason: 'unknown-device',
    });
    const revoked = { ...device, revokedAt: '2026-11-23T01:00:00.000Z' };
    expect(await checkHandoff(read, context([revoked]))).toEqual({
      ok: false,
      reason: 'revoked',
    });
  });

  it('refuses an invalid record even when signed', async () => {
    const { keys, device } = await tablet();
    const bad = { ...samples.checkin(), occurredAt: 'yesterday' } as unknown as VaxRecord;
    const code = await makeHandoffCode(payload({ records: [bad] }), signer(keys.privateKey));
    expect(await checkHandoff(readHandoffCode(code), context([device]))).toEqual({
      ok: false,
      reason: 'invalid-record',
    });
  });

  it('reads nothing from damaged, foreign or oversized text', async () => {
    const { keys } = await tablet();
    const code = await makeHandoffCode(payload(), signer(keys.privateKey));
    expect(readHandoffCode(code.slice(0, -9))).toBeNull();
    expect(readHandoffCode('HC1:' + code.slice(5))).toBeNull();
    expect(readHandoffCode(`${HANDOFF_PREFIX}${'0'.repeat(MAX_HANDOFF_TEXT)}`)).toBeNull();
    expect(readHandoffCode(`${HANDOFF_PREFIX}%%%`)).toBeNull();
    expect(await checkHandoff(null, context([]))).toEqual({ ok: false, reason: 'format' });
  });
});
