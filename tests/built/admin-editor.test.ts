// The web editor at /admin/ in Debian's Chromium: the real Sveltia CMS from the build,
// with its generated configuration, switched to Sveltia's test backend (files in the
// browser's origin-private file system instead of GitHub). An editor opens an item,
// changes its title and saves; the saved file must pass the check and mean exactly what
// the original meant, bar the new title. Served with the /admin/ headers of public/_headers.
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { processContent } from '../../src/pipeline/load-content.ts';
import { ADMIN_HEADERS, adminCspMeta } from '../../src/security/admin-csp.ts';
import { checkHtml } from '../support/nu-checker.ts';
import { javaTool, missing } from '../support/require-tool.ts';
import type { StaticServer } from '../support/static-server.ts';
import { describeInBrowser, useBrowser } from '../support/use-browser.ts';

const dist = inject('dist');
const FIXTURE = resolve(import.meta.dirname, '../fixtures/admin-editor');
const ITEM = 'content/articles/2025/ferry-deal-close.md';
/** The CMS loads and parses every file first; on a busy machine that takes seconds. */
const WAIT = { timeout: 20_000 };
const NEW_TITLE = 'Northport and Southport call a ferry deal close; no text is signed';

/** The fixture as the repository the test backend holds: path → text. */
function repositoryFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[`content/${relative(FIXTURE, path)}`] = readFileSync(path, 'utf8');
    }
  };
  walk(FIXTURE);
  return files;
}

/** Opens the CMS with the generated config, its backend swapped for the test one. */
async function openEditor(page: Page, server: StaticServer, distDir: string): Promise<void> {
  await page.route(/\/admin\/config\.json(\?|$)/, async (route) => {
    const config = JSON.parse(readFileSync(join(distDir, 'admin/config.json'), 'utf8'));
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...config, backend: { name: 'test-repo' } }) });
  });
  // The test backend reads the origin-private file system: seed it from a page of the origin.
  await page.goto(`${server.url}favicon.svg`);
  await page.evaluate(async (files) => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test', { create: true });
    for (const [path, text] of Object.entries(files)) {
      const parts = path.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, repositoryFiles());
  await page.goto(`${server.url}admin/`);
  await page.getByRole('button', { name: /Test Repository/ }).click();
}

function readSaved(page: Page, path: string): Promise<string> {
  return page.evaluate(async (path) => {
    const parts = path.split('/');
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test');
    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
    return (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
  }, path);
}

/** The content as the pipeline reads it, from a copy of the fixture with `changed` written in. */
async function checkProject(changed: Record<string, string> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'briefing-admin-'));
  cpSync(FIXTURE, join(root, 'content'), { recursive: true });
  for (const [path, text] of Object.entries(changed)) writeFileSync(join(root, path), text);
  return processContent({ root, cache: false });
}

describeInBrowser('web editor test', 'the web editor at /admin/', () => {
  const chromium = useBrowser();
  const serve = (distDir: string, base: string) => chromium.serve(distDir, { base, headers: ADMIN_HEADERS });

  it('edits an item in the real CMS and saves a file the check accepts, meaning the same but the new title', async () => {
    const server = await serve(dist.root, '/');
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
    page.on('console', (message) => {
      // Sveltia asks unpkg for its latest version; the policy refuses, as it should.
      if (message.type() === 'error' && !message.text().includes('https://unpkg.com/@sveltia/cms/package.json')) problems.push(`console: ${message.text()}`);
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(server.origin) && !/^(data|blob):/.test(request.url())) problems.push(`left the origin: ${request.url()}`);
    });

    await openEditor(page, server, dist.root);
    await page.getByText('Northport and Southport say a ferry deal is close').click();
    const title = page.getByRole('textbox', { name: 'Title' });
    await expect.poll(() => title.inputValue(), WAIT).toBe('Northport and Southport say a ferry deal is close, but nothing is signed');
    // The generated relation widgets show the actors by name, read from their files.
    await expect.poll(() => page.getByText('Ilse Marvik').count(), WAIT).toBeGreaterThan(0);
    await title.fill(NEW_TITLE);
    await page.getByRole('button', { name: /^Save/ }).first().click();
    await expect.poll(async () => (await readSaved(page, ITEM)).includes(NEW_TITLE), WAIT).toBe(true);
    const saved = await readSaved(page, ITEM);
    await context.close();

    const before = await checkProject();
    const after = await checkProject({ [ITEM]: saved });
    expect(after.diagnostics.map((d) => `${d.file} ${d.field} [${d.rule}]`)).toEqual(before.diagnostics.map((d) => `${d.file} ${d.field} [${d.rule}]`));
    expect(after.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const [original] = before.articles;
    const edited = after.articles.find((a) => a.file === ITEM)!;
    expect(edited.data).toEqual({ ...original!.data, title: NEW_TITLE });
    expect(edited.body.trim()).toBe(original!.body.trim());
    expect(problems).toEqual([]);
  });

  it('loads under a base path too, from relative URLs', async () => {
    const server = await serve(dist.base, dist.basePath);
    const page = await chromium.browser.newPage();
    await openEditor(page, server, dist.base);
    await expect.poll(() => page.getByText('Northport and Southport say a ferry deal is close').count(), WAIT).toBe(1);
    await page.close();
  });
});

describe('the built /admin/ folder', () => {
  const read = (file: string) => readFileSync(join(dist.root, 'admin', file), 'utf8');

  it('holds the generated page and config, the CMS bundle and its fonts, and nothing from a CDN', () => {
    expect(read('index.html')).toBe(readFileSync(resolve(import.meta.dirname, '../../public/admin/index.html'), 'utf8'));
    expect(read('config.json')).toBe(readFileSync(resolve(import.meta.dirname, '../../public/admin/config.json'), 'utf8'));
    const script = read('sveltia-cms.js');
    expect(script).toContain('registerPreviewTemplate');
    expect(script).not.toContain('cdn.jsdelivr.net');
    expect(script).not.toContain('sourceMappingURL');
    for (const font of ['source-sans-3-latin-wght-normal.woff2', 'noto-mono-latin-400-normal.woff2', 'material-symbols-outlined-latin-wght-normal.woff2']) {
      expect(statSync(join(dist.root, 'admin/fonts', font)).size).toBeGreaterThan(10_000);
      expect(script).toContain(`url(fonts/${font})`);
    }
  });

  it("carries its own <meta> policy, not the site's, and is not indexed", () => {
    const page = read('index.html');
    const policies = [...page.matchAll(/http-equiv="Content-Security-Policy" content="([^"]*)"/g)].map((m) => m[1]);
    expect(policies).toEqual([adminCspMeta()]);
    expect(adminCspMeta()).toContain("style-src 'self' 'unsafe-inline'");
    expect(adminCspMeta()).not.toContain('frame-ancestors');
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it.skipIf(missing(javaTool, 'Nu Html Checker'))(
    'passes the Nu Html Checker',
    () => {
      expect(checkHtml([join(dist.root, 'admin/index.html')], dist.root)).toEqual([]);
    },
    60_000,
  );
});
