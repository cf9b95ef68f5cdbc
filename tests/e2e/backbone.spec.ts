// The backbone end to end: enroll a tablet, pull the site's reference data with progress, lose the
// network, reload (the app still opens from the service worker), check in 20 people offline, come
// back online, and find exactly those 20 records on the server.
import { expect, test } from '@playwright/test';
import { enroll, expectNoAxeViolations, signIn, syncStatus } from './support/app';
import { registrationsToCheckIn, serverRecordIds } from './support/server-db';
import { useOwnServer } from './support/own-server';
import { OWN_SERVER_PORTS } from './support/server';

useOwnServer(OWN_SERVER_PORTS.backbone);

const SITE = 'demo-site';

test('offline check-in of 20 people reaches the server exactly once', async ({ page, context }) => {
  // A slow link, so the progress of the pull can be seen.
  await page.route('**/api/v1/sync/pull**', async (route) => {
    const response = await route.fetch();
    await new Promise((r) => setTimeout(r, 700));
    await route.fulfill({ response });
  });
  await enroll(page);
  const progress = page.getByRole('progressbar');
  await expect(progress).toBeVisible();
  await expectNoAxeViolations(page);
  const idField = page.getByLabel('Số CCCD/CMND');
  await signIn(page);
  await expect(idField).toBeVisible({ timeout: 60_000 });
  await expectNoAxeViolations(page);
  await page.unrouteAll({ behavior: 'wait' });

  // The service worker must have precached the shell before the network goes.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  await page.reload();
  // A reload locks the tablet: the next person signs in again, offline.
  await signIn(page);
  await expect(idField).toBeVisible();
  await expect(syncStatus(page).online).toContainText(/Ngoại tuyến|Mất kết nối/);

  const before = serverRecordIds(SITE, 'checkin');
  const people = registrationsToCheckIn(SITE, 20, 100);
  expect(people).toHaveLength(20);
  // Other tablets' check-ins at this site (earlier tests) are in the list too: this tablet's
  // first pull brought them all. The list fills from IndexedDB after the reload, so wait for it
  // rather than count what happens to be there yet.
  const todayList = page.getByTestId('today-list').locator('li');
  const already = before.length;
  await expect(todayList).toHaveCount(already);
  for (const [i, person] of people.entries()) {
    await idField.fill(person.citizen.id!);
    await page.getByRole('button', { name: 'Tìm' }).click();
    await expect(page.getByText(person.citizen.fullName).first()).toBeVisible();
    if (i === 0) await expectNoAxeViolations(page);
    // Some demo registrations are for another day: the warning asks for a second, deliberate tap.
    const warned = await page.getByText('Cần kiểm tra lại').isVisible();
    await page.getByRole('button', { name: 'Xác nhận tiếp đón' }).click();
    if (warned) await page.getByRole('button', { name: 'Vẫn xác nhận' }).click();
    await expect(todayList).toHaveCount(already + i + 1);
  }
  await expect(syncStatus(page).queued).toHaveText('20');
  expect(serverRecordIds(SITE, 'checkin')).toEqual(before);

  await context.setOffline(false);
  await expect(syncStatus(page).queued).toHaveText('0', { timeout: 30_000 });
  await expect(syncStatus(page).attention).toHaveText('0');

  const citizenIds = people.map((p) => p.citizen.id!);
  const tabletIds = await page.evaluate(
    (ours) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('vax-checkin');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('records').objectStore('records').getAll();
          all.onsuccess = () =>
            resolve(
              (all.result as { id: string; type: string; data: { citizen?: { id?: string } } }[])
                .filter((r) => r.type === 'checkin' && ours.includes(r.data.citizen?.id ?? ''))
                .map((r) => r.id),
            );
        };
      }),
    citizenIds,
  );
  expect(tabletIds).toHaveLength(20);
  const added = serverRecordIds(SITE, 'checkin').filter((id) => !before.includes(id));
  expect(added.sort()).toEqual([...tabletIds].sort());
});
