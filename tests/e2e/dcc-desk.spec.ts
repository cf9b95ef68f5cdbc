// Scanning an EU DCC at the desk with Chromium's fake camera: a certificate the server issued,
// verified offline against the trust and revocation lists the tablet pulled from the server, the
// verdict in Vietnamese (and English), and a valid vaccination certificate's dose carried into the
// check-in, so the next dose number is right.
//
// On a server of its own (support/own-server.ts): the spec makes the issuer (`issuer:init`) and
// imports a population registry, which would change what the shared server's other specs see. The
// holder's doses are pushed as a site's tablet would push them, the registry verifies the identity,
// and `certificate:issue` prints the certificate in force after each dose: the first one (dose 1)
// is revoked when the second replaces it, so the tablet's revocation list holds it.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tmpdir } from 'node:os';
import { expect, test, type Browser, type Page, request } from '@playwright/test';
import type { Citizen } from '../../src/domain/records';
import { checkinRecord, injectionRecord } from '../support/records';
import { expectNoAxeViolations, enroll, launchWithCamera, signIn } from './support/app';
import { useOwnServer } from './support/own-server';
import { qrFrame, writeY4m } from './support/qr-frame';
import { admin, pushAs } from './support/report-data';
import { OWN_SERVER_PORTS } from './support/server';

const SHOTS = '/work/shots/dcc-tablet';
const PORT = OWN_SERVER_PORTS.dccDesk;
useOwnServer(PORT);
test.describe.configure({ mode: 'serial' });

const HOLDER = {
  id: '079188005678',
  fullName: 'Trần Thị Mai Anh',
  dob: '1988-02-14',
  sex: 'F',
} satisfies Citizen;

/** The holder's visit on `date`: a check-in and a dose of AstraZeneca, as the site pushed them. */
function visit(date: string, doseNumber: number) {
  const visitKey = `demo-site:${date}:${HOLDER.id}`;
  const checkin = checkinRecord('demo-site', 'demo-staff-3', {
    visitKey,
    occurredAt: `${date}T08:00:00.000+07:00`,
    data: { method: 'cccd-qr', citizen: HOLDER },
  });
  const injection = injectionRecord('demo-site', 'demo-staff-3', {
    visitKey,
    occurredAt: `${date}T08:30:00.000+07:00`,
    data: { vaccine: 'AZ', lot: 'ABV5300', doseNumber, doseKind: 'primary', arm: 'left' },
  });
  return { checkin, injection };
}

/** The certificate in force for the holder, as the server signed it. */
function certificateInForce(): string {
  const hc1 = admin('certificate:issue', '--id', HOLDER.id).trim();
  expect(hc1).toMatch(/^HC1:/);
  return hc1;
}

/** Dose 1 (the certificate that is revoked) and dose 2 (its replacement, in force). */
let revoked = '';
let valid = '';

test.beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  expect(admin('issuer:init')).toContain('kid');
  const [first, second] = [visit('2021-08-01', 1), visit('2021-10-01', 2)];
  await pushAs('demo-site', [first.checkin, first.injection, second.checkin], PORT);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'vax-dcc-registry-')), 'extract.csv');
  writeFileSync(
    file,
    `id_number,full_name,dob,sex,province_code\n${HOLDER.id},${HOLDER.fullName},${HOLDER.dob},F,79\n`,
  );
  expect(admin('registry:import', file)).toContain('1');
  admin('registry:reconcile');
  revoked = certificateInForce();
  await pushAs('demo-site', [second.injection], PORT);
  valid = certificateInForce();
  expect(valid).not.toBe(revoked);
});

/** The server's list, as the tablet pulls it. */
async function serverList(name: 'trust-list' | 'revocation-list'): Promise<unknown> {
  const api = await request.newContext({ baseURL: `http://127.0.0.1:${PORT}` });
  const list = (await (await api.get(`/dcc/${name}`)).json()) as unknown;
  await api.dispose();
  return list;
}

/** Waits until the tablet has stored both lists of the server (pulled after the reference pull). */
async function listsPulled(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            new Promise<number>((resolve, reject) => {
              const open = indexedDB.open('vax-checkin');
              open.onerror = () => reject(open.error);
              open.onsuccess = () => {
                const names = ['trust-list', 'revocation-list'];
                if (!open.result.objectStoreNames.contains('dccLists')) return resolve(0);
                const all = open.result.transaction('dccLists').objectStore('dccLists').getAll();
                all.onsuccess = () =>
                  resolve(
                    (all.result as { name: string }[]).filter((r) => names.includes(r.name)).length,
                  );
              };
            }),
        ),
      { timeout: 60_000 },
    )
    .toBe(2);
}

/** A browser whose camera shows `hc1`, a page enrolled and signed in at the desk. */
async function deskShowing(
  playwright: Parameters<typeof launchWithCamera>[0],
  baseURL: string | undefined,
  hc1: string,
  name: string,
): Promise<{ browser: Browser; page: Page }> {
  const file = path.join(tmpdir(), `vax-e2e-dcc-${name}.y4m`);
  writeY4m(file, qrFrame(hc1, 5));
  const browser = await launchWithCamera(playwright, file);
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1280, height: 800 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const page = await context.newPage();
  await enroll(page);
  // The desk verifies what the camera shows as soon as it opens: the lists must be there first.
  await listsPulled(page);
  await signIn(page);
  return { browser, page };
}

/** Both orientations of the tablet, for the report. */
async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}-1280x800.png`, fullPage: true });
  await page.setViewportSize({ width: 800, height: 1280 });
  await page.screenshot({ path: `${SHOTS}/${name}-800x1280.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

test("the server's certificate: verified offline, its dose counted, the check-in recorded", async ({
  playwright,
  baseURL,
}) => {
  const { browser, page } = await deskShowing(playwright, baseURL, valid, 'valid');
  try {
    const card = page.locator('.certificate');
    await expect(card.getByRole('heading', { name: 'Chứng nhận hợp lệ' })).toBeVisible({
      timeout: 60_000,
    });
    await expect(card.locator('.citizen-name')).toHaveText(HOLDER.fullName);
    await expect(card).toContainText('14/02/1988');
    await expect(card).toContainText('Mũi 2: AstraZeneca (Vaxzevria), 01/10/2021');
    // Only the latest dose is in a DCC; its number says one came before: the next is dose 3.
    await expect(card.locator('.dose-due')).toHaveText(/^Mũi nhắc lại \(mũi 3\), từ 01\/04\/2022$/);
    await expectNoAxeViolations(page);
    await shoot(page, 'valid');

    const perVerify = await measureVerify(page, valid, await serverList('trust-list'));
    console.log(`dcc verify on the tablet (Chromium, chunk loaded): ${perVerify.toFixed(2)} ms`);
    expect(perVerify).toBeLessThan(50);

    await page.getByRole('button', { name: 'Tiếp đón người này' }).click();
    await expect(page.getByLabel('Họ và tên')).toHaveValue(HOLDER.fullName);
    await expect(page.getByLabel('Ngày sinh')).toHaveValue('14/02/1988');
    await expect(page.getByLabel('Số CCCD/CMND')).toHaveValue('');
    await page.getByRole('radio', { name: 'Nữ' }).check();
    await expectNoAxeViolations(page);
    await shoot(page, 'walkin-from-certificate');
    await page.getByRole('button', { name: 'Xác nhận tiếp đón' }).click();
    await expect(page.getByText(`Đã tiếp đón ${HOLDER.fullName}`)).toBeVisible();

    // The check-in carries the certificate's dose, for every station of the site.
    const stored = await page.evaluate(
      () =>
        new Promise<unknown>((resolve, reject) => {
          const open = indexedDB.open('vax-checkin');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('records').objectStore('records').getAll();
            all.onsuccess = () => resolve(all.result);
          };
        }),
    );
    // The site's own check-ins of the holder (pulled: those the doses were given at) have the ID
    // number; the walk-in from the certificate has none (a DCC states none).
    const walkins = (
      stored as { type: string; data: { citizen: Partial<Citizen>; priorDoses?: unknown } }[]
    ).filter(
      (r) =>
        r.type === 'checkin' &&
        r.data.citizen.fullName === HOLDER.fullName &&
        r.data.citizen.id === undefined,
    );
    expect(walkins.map((r) => r.data.priorDoses)).toEqual([
      [{ date: '2021-10-01', vaccine: 'AZ', doseNumber: 2 }],
    ]);
  } finally {
    await browser.close();
  }
});

test('a revoked certificate is refused with its reason, in either language, and records nothing', async ({
  playwright,
  baseURL,
}) => {
  const { browser, page } = await deskShowing(playwright, baseURL, revoked, 'revoked');
  try {
    const card = page.locator('.certificate');
    await expect(card.getByRole('heading', { name: 'Chứng nhận không hợp lệ' })).toBeVisible({
      timeout: 60_000,
    });
    await expect(card.getByRole('alert')).toHaveText('Chứng nhận này đã bị thu hồi.');
    await expect(card).toContainText('Không ghi nhận mũi tiêm nào từ chứng nhận này.');
    await expect(page.getByRole('button', { name: 'Tiếp đón người này' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await shoot(page, 'revoked');

    await page.getByRole('button', { name: 'English' }).click();
    await expect(card.getByRole('alert')).toHaveText('This certificate has been revoked.');
    await expect(card.getByRole('heading', { name: 'Certificate not valid' })).toBeVisible();
    await shoot(page, 'revoked-en');
    await page.getByRole('button', { name: 'Scan another code' }).click();
    await expect(card).toHaveCount(0);
  } finally {
    await browser.close();
  }
});

/**
 * Milliseconds per verify once the verifier's chunk is loaded: the chunk the desk loaded, run
 * in the page over the server's trust list, 50 times after one warm-up.
 */
async function measureVerify(page: Page, hc1: string, trust: unknown): Promise<number> {
  return page.evaluate(
    async ({ text, trust }) => {
      const url = performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .find((name) => /certificate-verifier-[^/]+\.js$/.test(name));
      if (!url) throw new Error('the verifier chunk was not loaded');
      const chunk = (await import(url)) as Record<string, unknown>;
      // The chunk's one export is createCertificateVerifier (its name is minified).
      const create = Object.values(chunk).find((v) => typeof v === 'function') as (lists: {
        get(name: string): Promise<unknown>;
      }) => { verify(text: string): Promise<{ valid: boolean }> };
      const rows: Record<string, string> = {
        'trust-list': JSON.stringify(trust),
        'revocation-list': '{"hashType":"UCI","hashes":[],"kids":[]}',
      };
      const verifier = create({
        get: async (name) => ({ name, json: rows[name], checkedAt: new Date().toISOString() }),
      });
      if (!(await verifier.verify(text)).valid) throw new Error('not valid in the measurement');
      const runs = 50;
      const start = performance.now();
      for (let i = 0; i < runs; i++) await verifier.verify(text);
      return (performance.now() - start) / runs;
    },
    { text: hc1, trust },
  );
}
