import { readFileSync } from 'node:fs';
import path from 'node:path';
import QRCode from 'qrcode';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { Registration } from '../../../src/domain/protocol';
import { parseRegistrationQr } from '../../../src/domain/qr/registration';
import { COMMANDS } from '../../../sync-server/src/admin/commands';
import { createTestApp, OTHER_SITE, SITE, type TestApp } from '../helpers/test-app';
import { registrationsRepo } from '../../../sync-server/src/store/repos/registrations';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await t.close();
});

const registration = (code: string, fullName: string, sessionDate: string): Registration => ({
  id: `id-${code}`,
  code,
  sessionDate,
  priorityGroup: '9',
  citizen: { fullName, dob: '1985-04-12', sex: 'M', id: '001085123456' },
  previousDoses: [],
});

const slips = COMMANDS['registrations:slips']!;
const run = (options: Record<string, string>) => slips.run(t.store, options);

async function seed(): Promise<void> {
  await registrationsRepo(t.store).put(SITE.id, [
    registration('REG001', 'Nguyễn Văn An', '2026-11-23'),
    registration('REG002', '<script>alert("x")</script> & Co', '2026-11-23'),
    registration('REG003', 'Lê Thị Cúc', '2026-11-24'),
  ]);
  await registrationsRepo(t.store).put(OTHER_SITE.id, [
    registration('REG009', 'Phạm Văn Khác', '2026-11-23'),
  ]);
}

it("writes one slip per selected registration, with the site's name and an SVG QR each", async () => {
  await seed();
  const out = path.join(t.dataDir, 'slips.html');
  expect(await run({ site: SITE.id, date: '2026-11-23', out })).toEqual([
    `Wrote 2 slips to ${out}`,
  ]);
  const html = readFileSync(out, 'utf8');
  expect(html.match(/<section class="slip">/g)).toHaveLength(2);
  expect(html.match(/<svg\b/g)).toHaveLength(2);
  expect(html).toContain('Nguyễn Văn An');
  expect(html).toContain('12/04/1985');
  expect(html).toContain('23/11/2026');
  expect(html).toContain(SITE.name);
  expect(html).toContain('REG002');
  expect(html).not.toContain('REG003');
  expect(html).not.toContain('Phạm Văn Khác');
  expect(html).toContain('@media print');
  expect(html).not.toMatch(/<(script|link)\b|src=/);
});

it('escapes every text it puts into the page', async () => {
  await seed();
  const out = path.join(t.dataDir, 'slips.html');
  await run({ site: SITE.id, code: 'reg002', out });
  const html = readFileSync(out, 'utf8');
  expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
  expect(html).not.toContain('<script>');
});

it('encodes a registration QR that parses back to the site and code', async () => {
  await seed();
  const toString = vi.spyOn(QRCode, 'toString');
  await run({ site: SITE.id, out: path.join(t.dataDir, 'all.html') });
  const texts = toString.mock.calls.map((call) => String(call[0]));
  expect(texts.map((text) => parseRegistrationQr(text))).toEqual(
    ['REG001', 'REG002', 'REG003'].map((code) => ({ ok: true, siteId: SITE.id, code })),
  );
  expect(toString.mock.calls[0]?.[1]).toMatchObject({ type: 'svg', errorCorrectionLevel: 'M' });
});

it('refuses an unknown site, a bad date and an empty selection', async () => {
  await seed();
  const out = path.join(t.dataDir, 'x.html');
  await expect(run({ site: 'nope', out })).rejects.toThrow(/no site "nope"/);
  await expect(run({ site: SITE.id, date: '23/11/2026', out })).rejects.toThrow(/--date/);
  await expect(run({ site: SITE.id, code: 'NOPE1', out })).rejects.toThrow(/no registrations/);
  await expect(run({ site: SITE.id })).rejects.toThrow(/--out/);
});
