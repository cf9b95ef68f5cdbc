// A mobile team's whole day on one tablet with no connection: 50 citizens from check-in to
// release, including a postponement, an interval override and a correction. Before the network
// comes back the tablet's unsynced records go to the server in a signed file (imported with the
// admin command); the later sync of the same records adds nothing. The server ends with exactly
// the right records, dose histories and certificate statuses, and the same day figures.
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { doseDue } from '../../src/domain/dose-due';
import { certificateStatus } from '../../src/domain/dose-history';
import { mergeDoses } from '../../src/domain/injection-plan';
import type { Registration } from '../../src/domain/protocol';
import {
  confirmCheckin,
  DEMO_STAFF,
  enroll,
  expectNoAxeViolations,
  signIn,
  syncStatus,
  tab,
  todayInVietnam as today,
} from './support/app';
import {
  allRegistrations,
  serverCertificate,
  serverDoses,
  serverVisitOf,
  seedDay,
} from './support/server-db';
import { useOwnServer } from './support/own-server';
import { OWN_SERVER_PORTS } from './support/server';

useOwnServer(OWN_SERVER_PORTS.mobileDay);

const SITE = 'demo-site';
const LOT_OF: Record<string, string> = { AZ: 'ABV5300', PF: 'FK5127', MD: '3004221' };
const root = path.resolve(import.meta.dirname, '../..');

const adult = (r: Registration) => r.citizen.dob <= `${Number(today().slice(0, 4)) - 18}-12-31`;

/** 49 people due dose 1 and one whose next dose is not due yet, all with names unique here. */
function pickPeople(): { people: Registration[]; early: Registration } {
  const all = allRegistrations(SITE);
  const day = seedDay(SITE);
  const names = new Map<string, number>();
  for (const r of all) names.set(r.citizen.fullName, (names.get(r.citizen.fullName) ?? 0) + 1);
  const usable = all.filter(
    (r) =>
      r.citizen.id?.length === 12 &&
      r.sessionDate === day &&
      adult(r) &&
      names.get(r.citizen.fullName) === 1,
  );
  // From the end of the list: the other specs take theirs from the start.
  const fresh = usable.filter((r) => r.previousDoses.length === 0).slice(-49);
  // In the demo data these are boosters asked for before six months have passed.
  const early = usable.find((r) => doseDue(r.previousDoses, today()).tooEarly)!;
  return { people: [...fresh.slice(0, 25), early, ...fresh.slice(25)], early };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const personButton = (page: Page, name: string) =>
  page.getByRole('button', { name: new RegExp(`^${escape(name)} `) });

async function checkIn(page: Page, r: Registration) {
  await tab(page, 'Tiếp đón').click();
  await page.getByLabel('Số CCCD/CMND').fill(r.citizen.id!);
  await page.getByRole('button', { name: 'Tìm' }).click();
  await confirmCheckin(page, r.citizen.fullName);
}

async function screen(page: Page, r: Registration, postpone: boolean) {
  await tab(page, 'Khám sàng lọc').click();
  await personButton(page, r.citizen.fullName).click();
  if (postpone) {
    // Item 2 of the checklist: an acute illness today means the injection is postponed.
    const acute = page.locator('.checklist .yes-no').nth(1);
    await acute.getByRole('button', { name: 'Có' }).click();
  }
  // As a nurse does: one tap answers every question left "Không".
  await page.getByRole('button', { name: 'Không có chống chỉ định nào' }).click();
  if (postpone) {
    await expect(page.getByText('Hoãn tiêm').first()).toBeVisible();
  } else {
    await page.getByLabel('Người được tiêm (hoặc người giám hộ) đồng ý tiêm').check();
  }
  await page.getByRole('button', { name: 'Lưu kết quả khám' }).click();
  await expect(page.getByText(`Đã lưu kết quả khám của ${r.citizen.fullName}.`)).toBeVisible();
}

async function inject(page: Page, r: Registration, override: boolean) {
  await tab(page, 'Tiêm').click();
  await personButton(page, r.citizen.fullName).click();
  const vaccine = doseDue(r.previousDoses, today()).vaccine ?? 'AZ';
  await page.getByRole('radio', { name: new RegExp(LOT_OF[vaccine]!) }).check();
  const open = page.getByRole('button', { name: 'Mở lọ mới' });
  if (await open.isVisible()) await open.click();
  const reason = page.getByLabel('Lý do vẫn tiêm (bắt buộc)');
  if (override) {
    await reason.fill('Đi công tác dài ngày, bác sĩ đồng ý tiêm sớm');
    await expectNoAxeViolations(page);
  } else {
    await expect(reason).toHaveCount(0);
  }
  await page.getByRole('button', { name: 'Tay trái' }).click();
  await page.getByRole('button', { name: 'Xác nhận đã tiêm' }).click();
  await expect(page.getByText(`Đã ghi nhận mũi tiêm của ${r.citizen.fullName}`)).toBeVisible();
}

async function release(page: Page, r: Registration) {
  await tab(page, 'Theo dõi').click();
  await page.locator('.obs-card', { hasText: r.citizen.fullName }).click();
  await page.getByRole('button', { name: 'Cho về', exact: true }).click();
  await page.getByRole('button', { name: 'Chưa đủ 30 phút — vẫn cho về' }).click();
  await expect(page.getByText(`Đã ghi nhận cho ${r.citizen.fullName} về.`)).toBeVisible();
}

test('a mobile team’s day offline: 50 citizens, then export, import and sync', async ({
  page,
  context,
}) => {
  test.setTimeout(900_000);
  const { people, early } = pickPeople();
  expect(people).toHaveLength(50);
  const postponed = people[10]!;
  const renamed = people[3]!;

  await enroll(page);
  await signIn(page, DEMO_STAFF.nurse);
  await expect(tab(page, 'Tiếp đón')).toBeVisible({ timeout: 60_000 });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);

  for (const r of people) {
    await checkIn(page, r);
    await screen(page, r, r === postponed);
    if (r === postponed) continue;
    await inject(page, r, r === early);
    await release(page, r);
  }

  // A wrong name typed at check-in is corrected; the visit shows both.
  await tab(page, 'Hồ sơ hôm nay').click();
  await personButton(page, renamed.citizen.fullName).click();
  await page.locator('.history-entry').first().getByRole('button', { name: 'Sửa' }).click();
  const newName = `${renamed.citizen.fullName} Anh`;
  await page.getByLabel('Họ và tên').fill(newName);
  await page.getByLabel('Lý do đính chính (bắt buộc)').fill('Thiếu tên đệm trên thẻ');
  await page.getByRole('button', { name: 'Lưu đính chính' }).click();
  await expect(page.getByText('Đã lưu đính chính.')).toBeVisible();
  await expect(page.getByText(`Họ và tên: ${renamed.citizen.fullName} → ${newName}`)).toBeVisible();
  await expectNoAxeViolations(page);

  const expected = 50 + 50 + 49 + 49 + 1;
  await expect(syncStatus(page).queued).toHaveText(String(expected));

  // Still offline: the records leave in a signed file, imported by the operator.
  await tab(page, 'Cuối ngày').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Xuất hồ sơ chưa gửi' }).click(),
  ]);
  const file = path.join(tmpdir(), `vax-export-${Date.now()}.json`);
  await download.saveAs(file);
  const imported = execFileSync(
    path.join(root, 'node_modules/.bin/tsx'),
    ['sync-server/src/admin/cli.ts', 'records:import', file],
    { cwd: root, env: { ...process.env, DATA_DIR: process.env.E2E_DATA_DIR, LOG_LEVEL: 'warn' } },
  ).toString();
  expect(imported).toContain(`accepted ${expected}, duplicate 0, rejected 0`);

  // Back online: the same records sync as duplicates and leave the queue.
  await context.setOffline(false);
  await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
  await expect(syncStatus(page).queued).toHaveText('0', { timeout: 60_000 });

  for (const r of people) {
    const visit = serverVisitOf(SITE, r.citizen.id!);
    const types = visit.map((v) => v.type).sort();
    if (r === postponed) expect(types).toEqual(['checkin', 'screening']);
    else if (r === renamed)
      expect(types).toEqual(['checkin', 'correction', 'injection', 'observation', 'screening']);
    else expect(types).toEqual(['checkin', 'injection', 'observation', 'screening']);
    if (r === postponed) {
      expect(serverDoses(r.citizen.id!)).toEqual([]);
      continue;
    }
    const due = doseDue(r.previousDoses, today());
    const given = { date: today(), vaccine: due.vaccine ?? 'AZ', doseNumber: due.doseNumber };
    expect(serverDoses(r.citizen.id!)).toEqual([
      { vaccine: given.vaccine, dose_number: given.doseNumber },
    ]);
    expect(serverCertificate(r.citizen.id!)).toBe(
      certificateStatus(mergeDoses(r.previousDoses, [given])),
    );
  }
  const injection = serverVisitOf(SITE, early.citizen.id!).find((v) => v.type === 'injection');
  expect(JSON.parse(injection!.body).data.override.reason).toContain('tiêm sớm');

  // The day's figures on the tablet are the server's.
  await tab(page, 'Cuối ngày').click();
  await page.getByRole('button', { name: 'So sánh với máy chủ' }).click();
  await expect(page.getByText('Khớp với máy chủ.')).toBeVisible();
  await expectNoAxeViolations(page);
});
