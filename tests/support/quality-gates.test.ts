// The gates bite: each checker, run on a small broken site written to a temp folder,
// reports the problem and names the file. A checker that passes everything fails here.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from './axe.ts';
import { checkLinks } from './check-links.ts';
import { checkHtml } from './nu-checker.ts';
import { domOrder, sidewaysScroll, walkFocus } from './page-checks.ts';
import { javaTool, missing } from './require-tool.ts';
import { describeInBrowser, useBrowser } from './use-browser.ts';

const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Gate fixture</title><link rel="canonical" href="https://news.example.org/">${head}</head><body><main><h1>Fixture</h1>${body}</main></body></html>`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gates-'));
  const files: Record<string, string> = {
    'index.html': page(
      '<p id="here"><a href="#here">ok</a> <a href="good/">ok</a> <a href="good/#top">ok</a> <a href="gone/">broken</a> <a href="good/#nowhere">broken</a></p>' +
        '<img src="missing.png" alt="a"> <img srcset="pic.png 1x, missing-2x.png 2x" src="pic.png" alt="b">',
      '<meta property="og:image" content="https://news.example.org/og/missing.png"><link rel="stylesheet" href="/missing.css">',
    ),
    'good/index.html': page('<p id="top">A fine page.</p>'),
    'pic.png': '',
    'invalid.html': page('<p>Before <div>a block in a paragraph</div></p>'),
    'wide.html': page('<pre>' + 'x'.repeat(200) + '</pre>'),
    'bad-focus.html': page('<style>a:focus { outline: none }</style><a href="#a" id="a">first</a> <a href="#b" id="b" tabindex="1">jumps the queue</a>'),
    'inaccessible.html': page('<form><input type="text" name="q"></form><img src="pic.png">'),
  };
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the link gate', () => {
  it('reports missing pages, fragments, images, srcset entries, stylesheets and og:image, with the page', () => {
    const { broken } = checkLinks(dir, '/');
    expect(broken).toEqual([
      'index.html: <meta og:image content="https://news.example.org/og/missing.png"> no such file',
      'index.html: <link href="/missing.css"> no such file',
      'index.html: <a href="gone/"> no such file',
      'index.html: <a href="good/#nowhere"> no id "nowhere" in good/index.html',
      'index.html: <img src="missing.png"> no such file',
      'index.html: <img srcset="missing-2x.png"> no such file',
    ]);
  });
});

describe.skipIf(missing(javaTool, 'Nu Html Checker gate test'))('the HTML validity gate', () => {
  it('reports invalid nesting with file, line and column, and passes a valid page', () => {
    const errors = checkHtml([join(dir, 'invalid.html'), join(dir, 'good', 'index.html')], dir);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.startsWith('invalid.html:1:'))).toBe(true);
    expect(errors.join('\n')).toMatch(/No “p” element in scope but a “p” end tag seen/);
  }, 60_000);
});

describeInBrowser('browser gate tests', 'the browser gates', () => {
  const chromium = useBrowser(() => dir);

  it('report sideways scrolling at 320 px, focus out of DOM order and an invisible focus', async () => {
    const { url } = chromium.server;
    const tab = await chromium.browser.newPage({ viewport: { width: 320, height: 640 } });
    await tab.goto(`${url}wide.html`);
    expect(await sidewaysScroll(tab)).toMatch(/^scrolls sideways: \d+px wide in 320px$/);
    await tab.goto(`${url}good/`);
    expect(await sidewaysScroll(tab)).toBeUndefined();
    await tab.goto(`${url}bad-focus.html`);
    const walk = await walkFocus(tab);
    expect(walk.reached).not.toEqual(domOrder(walk));
    expect(walk.reached).toEqual(['1', '0']);
    expect(walk.invisible).toEqual([expect.stringMatching(/^<a> "jumps the queue"/), expect.stringMatching(/^<a> "first"/)]);
  });

  it('reports an unlabeled control and an image without alt, naming the page', async () => {
    const { url } = chromium.server;
    const tab = await chromium.browser.newPage();
    await tab.goto(`${url}inaccessible.html`);
    const { violations } = await runAxe(tab, 'inaccessible.html');
    expect(violations.map((v) => v.split(' ')[1])).toEqual(expect.arrayContaining(['label', 'image-alt']));
    expect(violations.every((v) => v.startsWith('inaccessible.html: '))).toBe(true);
    await tab.goto(`${url}good/`);
    expect((await runAxe(tab, 'good/')).violations).toEqual([]);
  });
});
