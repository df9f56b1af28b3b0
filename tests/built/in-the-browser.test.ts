// The built site in Debian's Chromium: no page scrolls sideways at 320 px, and the skip
// link is the first thing a keyboard reaches, with a visible focus outline.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM, serveDirectory, type StaticServer } from '../../scripts/static-server.ts';
import { htmlFiles, pageUrl } from './read-dist.ts';

const { root } = inject('dist');
let server: StaticServer;
let browser: Browser;

describe.skipIf(!existsSync(CHROMIUM.executablePath))('the built site in Chromium', () => {
  beforeAll(async () => {
    server = await serveDirectory(root);
    browser = await chromium.launch(CHROMIUM);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('never scrolls sideways at 320 px, in light or dark', async () => {
    const wide: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width: 320, height: 640 }, colorScheme });
      const page = await context.newPage();
      for (const file of htmlFiles(root)) {
        await page.goto(`${server.origin}${pageUrl(file, '/')}`);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 320) wide.push(`${file} (${colorScheme}): ${width}px`);
      }
      await context.close();
    }
    expect(wide).toEqual([]);
  });

  it('reaches the skip link first, shows its focus, and it moves focus to main', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 700 } });
    await page.goto(`${server.origin}/`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { text: el.textContent, outline: style.outlineStyle, width: style.outlineWidth, top: el.getBoundingClientRect().top };
    });
    expect(focused.text).toBe('Skip to content');
    expect(focused.outline).toBe('solid');
    expect(focused.top).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });
});
