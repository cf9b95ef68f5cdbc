// Printable registration slips: one self-contained A4 HTML page (no external assets), several
// slips per page, each with the registration QR as inline SVG so the desk can scan it offline.
import { writeFileSync } from 'node:fs';
import QRCode from 'qrcode';
import type { Registration } from '../../../src/domain/protocol';
import { formatRegistrationQr } from '../../../src/domain/qr/registration';
import { escapeHtml } from '../shared/escape-html';
import type { Store } from '../store/store';
import { AdminError } from './admin-error';
import { isoDate, required, siteId as checkSiteId } from './checks';
import type { Command } from '../shared/admin-command';
import { sitesRepo } from '../store/repos/sites';
import { registrationsRepo } from '../store/repos/registrations';

/** YYYY-MM-DD → dd/MM/yyyy, the way dates are read in Vietnam. */
const dmy = (iso: string): string => iso.split('-').reverse().join('/');

const STYLE = `
@page { size: A4; margin: 10mm; }
body { font-family: system-ui, sans-serif; margin: 0; }
.sheet { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
.slip { border: 1px dashed #555; padding: 5mm; break-inside: avoid; page-break-inside: avoid;
  display: grid; grid-template-columns: 1fr 38mm; gap: 4mm; align-items: center; }
.site { font-size: 11pt; color: #333; }
.name { font-size: 15pt; font-weight: 700; margin: 2mm 0; }
.code { font: 700 22pt ui-monospace, monospace; letter-spacing: 1mm; margin-top: 2mm; }
.qr svg { width: 38mm; height: 38mm; display: block; }
@media print { .slip { border-color: #999; } }`;

export interface Slip {
  registration: Registration;
  /** The text encoded in the slip's QR (formatRegistrationQr). */
  qrText: string;
}

export async function renderSlips(siteName: string, slips: readonly Slip[]): Promise<string> {
  const parts = await Promise.all(
    slips.map(async ({ registration: r, qrText }) => {
      const svg = await QRCode.toString(qrText, { type: 'svg', errorCorrectionLevel: 'M' });
      return `<section class="slip">
  <div>
    <div class="site">${escapeHtml(siteName)}</div>
    <div class="name">${escapeHtml(r.citizen.fullName)}</div>
    <div>Ngày sinh: ${escapeHtml(dmy(r.citizen.dob))}</div>
    <div>Buổi tiêm: ${escapeHtml(dmy(r.sessionDate))}</div>
    <div class="code">${escapeHtml(r.code)}</div>
  </div>
  <div class="qr">${svg}</div>
</section>`;
    }),
  );
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>Phiếu đăng ký – ${escapeHtml(siteName)}</title>
<style>${STYLE}</style></head>
<body><main class="sheet">
${parts.join('\n')}
</main></body>
</html>
`;
}

export const slipsCommand: Command = {
  usage: '--site ID [--date YYYY-MM-DD] [--code CODE] --out FILE.html',
  options: ['site', 'date', 'code', 'out'],
  async run(store: Store, o) {
    const id = checkSiteId(o.site);
    const site = await sitesRepo(store).get(id);
    if (!site) throw new AdminError(`no site "${id}"; create it with site:create`);
    const out = required(o.out, 'out');
    const registrations = await registrationsRepo(store).list(id, {
      ...(o.date !== undefined && { sessionDate: isoDate(o.date, 'date') }),
      ...(o.code !== undefined && { code: required(o.code, 'code').toUpperCase() }),
    });
    if (registrations.length === 0) throw new AdminError('no registrations match');
    const slips = registrations.map((registration) => ({
      registration,
      qrText: formatRegistrationQr({ siteId: id, code: registration.code }),
    }));
    try {
      writeFileSync(out, await renderSlips(site.name, slips), 'utf8');
    } catch {
      throw new AdminError(`cannot write ${out}`);
    }
    return [`Wrote ${slips.length} slips to ${out}`];
  },
};
