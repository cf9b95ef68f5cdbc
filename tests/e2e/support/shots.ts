// Screenshots for people to look at: the screen in landscape and in portrait, full page.
import path from 'node:path';
import type { Page } from '@playwright/test';

export async function shootBoth(page: Page, dir: string, name: string): Promise<void> {
  const size = page.viewportSize()!;
  for (const [width, height] of [
    [1280, 800],
    [800, 1280],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({
      path: path.join(dir, `${name}-${width}x${height}.png`),
      fullPage: true,
    });
  }
  await page.setViewportSize(size);
}
