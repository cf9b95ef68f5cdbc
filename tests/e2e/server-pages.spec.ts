// Once the PWA has been opened, its service worker answers navigations with the app shell, but
// never for the pages the server owns: the reports, their sign-in, the citizens' certificate page
// and FHIR come from the server.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('the service worker leaves the reports and FHIR to the server', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByLabel('Mã đăng ký')).toBeVisible({ timeout: 60_000 });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The worker claims the page when it activates: from now on it sees every navigation.
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);

  for (const url of ['/reports', '/reports/sign-in']) {
    const res = await page.goto(url);
    expect({ url, fromServiceWorker: res?.fromServiceWorker() }).toEqual({
      url,
      fromServiceWorker: false,
    });
    await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập báo cáo' })).toBeVisible();
    await expect(page.getByLabel('Mã đăng ký')).toHaveCount(0);
  }

  // The citizens' certificate page: the server's, no tablet code, clean for axe on a phone too.
  for (const size of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size);
    const certificate = await page.goto('/certificate');
    expect(certificate?.fromServiceWorker()).toBe(false);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Chứng nhận tiêm chủng vắc xin COVID-19' }),
    ).toBeVisible();
    await expect(page.locator('script[src*="/assets/"]')).toHaveCount(0);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  }

  const metadata = await page.goto('/fhir/r4/metadata');
  expect(metadata?.fromServiceWorker()).toBe(false);
  expect(metadata?.headers()['content-type']).toContain('application/fhir+json');
  expect(JSON.parse(await metadata!.text())).toMatchObject({ resourceType: 'CapabilityStatement' });
  await expect(page.getByLabel('Mã đăng ký')).toHaveCount(0);

  // The app's own paths are still the app, from the worker, as before.
  const app = await page.goto('/');
  expect(app?.fromServiceWorker()).toBe(true);
  await expect(page.getByLabel('Mã đăng ký')).toBeVisible();
});
