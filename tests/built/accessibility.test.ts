// axe-core in Chromium on the built site: 0 violations of WCAG 2.2 A/AA on every page in
// light, and on one page of each kind in dark (same markup, other colours).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { runAxe } from '../support/axe.ts';
import { describeInBrowser, useBrowser } from '../support/use-browser.ts';
import { htmlFiles, pageUrl } from './read-dist.ts';

const { root } = inject('dist');

/** Listing pages, the first entry page of each collection, and every page with a map or picture. */
function onePerKind(files: string[]): string[] {
  const seen = new Set<string>();
  return files.filter((file) => {
    // Maps and pictures carry their own dark colours: each such page is checked in dark.
    if (/class="(territory-map|picture)"/.test(readFileSync(join(root, file), 'utf8'))) return true;
    // One of each kind per edition (the Ukrainian pages are under uk/).
    const entry = /^((?:uk\/)?(?:articles|topics|actors|days|claims\/[a-z]+|untranslated\/[a-z]+))\/[^/]+\/index\.html$/.exec(file);
    if (!entry) return true;
    if (seen.has(entry[1]!)) return false;
    seen.add(entry[1]!);
    return true;
  });
}

describeInBrowser('axe accessibility checks', 'axe on the built site', () => {
  const chromium = useBrowser(root);

  it.each(['light', 'dark'] as const)(
    'finds no WCAG 2.2 A/AA violations in %s',
    async (colorScheme) => {
      // The pages' CSP forbids injected scripts; axe is the test's own, not the site's.
      const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme, bypassCSP: true });
      const page = await context.newPage();
      const files = colorScheme === 'light' ? htmlFiles(root) : onePerKind(htmlFiles(root));
      const violations: string[] = [];
      for (const file of files) {
        await page.goto(`${chromium.server.origin}${pageUrl(file, '/')}`);
        const report = await runAxe(page, `${file} (${colorScheme})`);
        expect(report.passes, `axe ran on ${file}`).toBeGreaterThan(5);
        violations.push(...report.violations);
      }
      await context.close();
      expect(violations).toEqual([]);
    },
    600_000,
  );
});
