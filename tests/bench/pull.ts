// Pull of 200,000 registrations into IndexedDB, in Debian's Chromium, through the real UI.
import { startServer } from '../e2e/support/server';
import { openDesk } from './desk';

const REGISTRATIONS = Number(process.env.BENCH_PULL_REGISTRATIONS ?? 200_000);

export async function benchPull(port: number): Promise<string> {
  process.env.DEMO_REGISTRATIONS = String(REGISTRATIONS);
  const server = await startServer(undefined, port);
  const desk = await openDesk(port, server.enrollmentCode);
  try {
    const { page } = desk;
    const t0 = Date.now();
    await desk.enroll();
    await page.locator('progress').first().waitFor({ timeout: 30_000 });
    const sawProgress = Date.now() - t0;
    await desk.pulled();
    const seconds = (Date.now() - t0) / 1000;
    return (
      `pull of ${REGISTRATIONS} registrations into IndexedDB (Chromium, enroll click → sign-in ` +
      `screen listing the staff): ${seconds.toFixed(1)} s (progress bar after ${sawProgress} ms) — target ≤ 15 s`
    );
  } finally {
    delete process.env.DEMO_REGISTRATIONS;
    await desk.browser.close();
    await server.stop();
  }
}
