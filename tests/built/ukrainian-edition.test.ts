// The Ukrainian edition as built: every page type under /uk/ in Ukrainian, hreflang both
// ways, untranslated items linked to their original (marked as English), the stale
// translation's notice, and no English interface words on a Ukrainian page.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { describe, expect, inject, it } from 'vitest';
import { en } from '../../src/site/i18n/messages/en.ts';
import { uk } from '../../src/site/i18n/messages/uk.ts';
import { htmlFiles, readPage, select, selectAll } from './read-dist.ts';
import { shippedContent } from './shipped-content.ts';

const { root } = inject('dist');
const shipped = shippedContent();
const translatedItems = ['witkoff-says-putin-accepted-article-5-like-protection', 'alaska-summit-ends-without-ceasefire'];
const stale = 'witkoff-says-putin-accepted-article-5-like-protection';
const untranslated = shipped.articles.find((id) => !existsSync(join(root, 'uk/articles', id, 'index.html')))!;

const PAGE_TYPES = {
  home: 'uk/index.html',
  items: 'uk/articles/index.html',
  item: `uk/articles/${translatedItems[0]}/index.html`,
  topics: 'uk/topics/index.html',
  map: 'uk/topics/territory/index.html',
  actors: 'uk/actors/index.html',
  actor: 'uk/actors/zelenskyy/index.html',
  ledger: 'uk/claims/index.html',
  ledgerFacet: 'uk/claims/status/unconfirmed/index.html',
  timeline: 'uk/timeline/index.html',
  days: 'uk/days/index.html',
  corrections: 'uk/corrections/index.html',
  authors: 'uk/authors/index.html',
  author: `uk/authors/${shipped.authors[0]}/index.html`,
  search: 'uk/search/index.html',
  notFound: 'uk/404.html',
};

const ukPages = () => htmlFiles(root).filter((f) => f.startsWith('uk/'));

/** Text a reader sees, leaving out elements marked as another language than Ukrainian. */
function ukrainianText(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element') {
    const el = node as Element;
    if (['script', 'style', 'template'].includes(el.tagName)) return '';
    const lang = el.properties.lang;
    if (typeof lang === 'string' && lang !== 'uk') return '';
    const label = typeof el.properties.ariaLabel === 'string' ? ` ${el.properties.ariaLabel} ` : '';
    return label + el.children.map(ukrainianText).join(' ');
  }
  return node.children.map(ukrainianText).join(' ');
}

/** Every fixed English catalogue phrase worth looking for: strings, and the fixed parts of messages with values. */
function englishPhrases(): string[] {
  const out = new Set<string>();
  const walk = (e: unknown, u: unknown) => {
    if (typeof e === 'string') {
      // A phrase the Ukrainian keeps (a proper name such as JSON Feed) is not English left over.
      if (e.trim().length > 4 && !(typeof u === 'string' && u.includes(e.trim()))) out.add(e.trim());
    } else if (typeof e === 'function') {
      const sample = (f: unknown) => String((f as (...a: unknown[]) => string)('\u0001', '\u0001', '\u0001'));
      const uParts = typeof u === 'function' ? sample(u).split('\u0001') : [];
      for (const part of sample(e).split(/\u0001|\d+/)) if (part.trim().length > 4 && !uParts.some((p) => p.includes(part.trim()))) out.add(part.trim());
    } else if (e && typeof e === 'object') {
      for (const [key, value] of Object.entries(e)) walk(value, (u as Record<string, unknown> | undefined)?.[key]);
    }
  };
  walk(en, uk);
  return [...out];
}

/** The phrase as whole words (`claims` is not found in `claimsx` or a host name). */
function wordsIn(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}._/-])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

describe('the Ukrainian edition', () => {
  it.each(Object.entries(PAGE_TYPES))('has the %s page under /uk/, in Ukrainian', (_, file) => {
    expect(existsSync(join(root, file)), file).toBe(true);
    const html = select('html', readPage(root, file).tree)!;
    expect(html.properties.lang).toBe('uk');
  });

  it('has the map on the territory topic, and a Ukrainian page for every translated item only (no fallback copies)', () => {
    expect(select('.territory-map', readPage(root, PAGE_TYPES.map).tree)).toBeTruthy();
    for (const id of translatedItems) expect(existsSync(join(root, 'uk/articles', id, 'index.html'))).toBe(true);
    expect(untranslated).toBeDefined();
    expect(ukPages().filter((f) => f.startsWith('uk/articles/') && f !== 'uk/articles/index.html').length).toBeLessThan(shipped.articles.length);
  });

  it('lists an untranslated item with its English title, marked lang=en, linking the English page', () => {
    const list = readPage(root, PAGE_TYPES.items).tree;
    const link = selectAll('a', list).find((a) => a.properties.href === `/articles/${untranslated}/`);
    expect(link, untranslated).toBeDefined();
    expect(String(link!.properties.lang)).toMatch(/^en/);
    const own = selectAll('a', list).find((a) => a.properties.href === `/uk/articles/${translatedItems[0]}/`);
    expect(own?.properties.lang).toBeUndefined();
  });

  it('gives every Ukrainian page reciprocal hreflang alternates and x-default, to pages that exist', () => {
    const alternates = (file: string) =>
      new Map(
        selectAll('link[rel=alternate][hreflang]', readPage(root, file).tree).map((l) => [
          String(l.properties.hrefLang),
          new URL(String(l.properties.href)).pathname,
        ]),
      );
    const fileOf = (path: string) => (path.endsWith('.html') ? path.slice(1) : `${path.slice(1)}index.html`);
    // Not-found pages and no-translation notices are nobody's alternate.
    const checked = ukPages().filter((f) => !f.startsWith('uk/untranslated/') && f !== 'uk/404.html');
    expect(checked.length).toBeGreaterThan(30);
    for (const file of checked) {
      const links = alternates(file);
      expect(links.get('uk'), file).toBe(`/${file.replace(/index\.html$/, '')}`);
      const english = links.get('en-GB')!;
      expect(links.get('x-default'), file).toBe(english);
      expect(existsSync(join(root, fileOf(english))), english).toBe(true);
      expect(alternates(fileOf(english)).get('uk'), english).toBe(links.get('uk'));
    }
    // An English page whose item has no translation names no Ukrainian alternate.
    expect(alternates(`articles/${untranslated}/index.html`).has('uk')).toBe(false);
  });

  it('has a language switcher landing on the same page, or on a notice that links the original', () => {
    const switcher = (file: string) => selectAll('.language-switcher a', readPage(root, file).tree).map((a) => String(a.properties.href));
    expect(switcher(`articles/${translatedItems[0]}/index.html`)).toEqual([`/uk/articles/${translatedItems[0]}/`]);
    expect(switcher(`uk/articles/${translatedItems[0]}/index.html`)).toEqual([`/articles/${translatedItems[0]}/`]);
    const [notice] = switcher(`articles/${untranslated}/index.html`);
    expect(notice).toBe(`/uk/untranslated/articles/${untranslated}/`);
    const page = readPage(root, `${notice!.slice(1)}index.html`).tree;
    expect(select('[data-untranslated]', page)).toBeTruthy();
    expect(selectAll('main a', page).map((a) => a.properties.href)).toContain(`/articles/${untranslated}/`);
  });

  it('shows the stale translation its notice, with the original linked and what changed', () => {
    const page = readPage(root, `uk/articles/${stale}/index.html`).tree;
    const notice = select('[data-translation-stale]', page);
    expect(notice).toBeTruthy();
    expect(selectAll('a', notice!).map((a) => a.properties.href)).toContain(`/articles/${stale}/`);
    expect(selectAll('time', notice!).length).toBeGreaterThan(0);
    const fresh = translatedItems.find((id) => id !== stale)!;
    expect(select('[data-translation-stale]', readPage(root, `uk/articles/${fresh}/index.html`).tree)).toBeFalsy();
    expect(select('[data-translation-stale]', readPage(root, `articles/${stale}/index.html`).tree)).toBeFalsy();
  });

  it('says inLanguage uk in an item’s JSON-LD, with the Ukrainian URL', () => {
    const script = select('script[type="application/ld+json"]', readPage(root, PAGE_TYPES.item).tree)!;
    const data = JSON.parse(String((script.children[0] as { value: string }).value));
    expect(data.inLanguage).toBe('uk');
    expect(new URL(data.url).pathname).toBe(`/uk/articles/${translatedItems[0]}/`);
  });

  it('shows no English interface words outside lang="en" elements on any Ukrainian page', () => {
    const phrases = englishPhrases();
    expect(phrases.length).toBeGreaterThan(150);
    const found: string[] = [];
    for (const file of ukPages()) {
      // Addresses (the print line's URL) are not words.
      const text = ukrainianText(select('body', readPage(root, file).tree)!)
        .replace(/https?:\/\/\S+/g, ' ')
        .replace(/\s+/g, ' ');
      for (const phrase of phrases) if (wordsIn(text, phrase)) found.push(`${file}: “${phrase}”`);
    }
    expect(found).toEqual([]);
  });

  it('formats dates for uk', () => {
    const time = select('.masthead time', readPage(root, PAGE_TYPES.home).tree)!;
    expect(ukrainianText(time)).toMatch(/\d{1,2} [а-яії]+\.? \d{4}/);
  });

  it('indexes the Ukrainian pages in their own Pagefind language', async () => {
    const { readFileSync } = await import('node:fs');
    const entry = JSON.parse(readFileSync(join(root, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.uk.page_count).toBe(ukPages().filter((f) => select('[data-pagefind-body]', readPage(root, f).tree)).length);
  });
});
