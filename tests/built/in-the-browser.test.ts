// The built site in Debian's Chromium: no axe violations (WCAG 2.2 AA) in light or dark,
// no page scrolls sideways at 320 px, and the skip link is the first thing a keyboard
// reaches, with a visible focus outline.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM, serveDirectory, type StaticServer } from '../../scripts/static-server.ts';
import { htmlFiles, pageUrl } from './read-dist.ts';

const { root } = inject('dist');
let server: StaticServer;

/** Listing pages and the first entry page of each collection. */
function onePerKind(files: string[]): string[] {
  const seen = new Set<string>();
  return files.filter((file) => {
    const entry = /^(articles|topics|actors)\/[^/]+\/index\.html$/.exec(file);
    if (!entry) return true;
    if (seen.has(entry[1]!)) return false;
    seen.add(entry[1]!);
    return true;
  });
}
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

  it('has no axe violations (WCAG 2.2 A/AA) on any page, in light or dark', async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const violations: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      // The pages' CSP forbids injected scripts; the test's own script is not the site's.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme, bypassCSP: true });
      const page = await context.newPage();
      // Every page in light; in dark (same markup, other colours) one page of each kind.
      const files = colorScheme === 'light' ? htmlFiles(root) : onePerKind(htmlFiles(root));
      for (const file of files) {
        await page.goto(`${server.origin}${pageUrl(file, '/')}`);
        await page.addScriptTag({ content: axe });
        const found = await page.evaluate(async () => {
          const result = await (window as unknown as { axe: { run: (o: object) => Promise<{ passes: unknown[]; violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run({
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          });
          return { passes: result.passes.length, violations: result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`) };
        });
        expect(found.passes, `axe ran on ${file}`).toBeGreaterThan(5);
        for (const violation of found.violations) violations.push(`${file} (${colorScheme}) ${violation}`);
      }
      await context.close();
    }
    expect(violations).toEqual([]);
  }, 240_000);

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
