// Reading a built site with a real HTML parser: every page, its links and its elements.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString as hastToString } from 'hast-util-to-string';
import { filesUnder } from '../support/dist-files.ts';

export { select, selectAll };

export interface Page {
  /** Path inside dist with forward slashes, e.g. `articles/x/index.html`. */
  file: string;
  html: string;
  tree: Root;
}

/**
 * The site's pages. The email editions (email/) are another document type, with their own
 * rules (tests/built/days.test.ts); the web editor under admin/ is a separate app with its
 * own policy and test (tests/built/admin-editor.test.ts). Page checks leave both out.
 */
export function htmlFiles(dist: string): string[] {
  return filesUnder(dist).filter((file) => file.endsWith('.html') && !file.startsWith('email/') && !file.startsWith('admin/'));
}

/** The email editions: email-safe HTML documents, not site pages. */
export function emailFiles(dist: string): string[] {
  return filesUnder(dist).filter((file) => file.startsWith('email/') && file.endsWith('.html'));
}

const cache = new Map<string, Page>();

export function readPage(dist: string, file: string): Page {
  const key = join(dist, file);
  let page = cache.get(key);
  if (!page) {
    const html = readFileSync(key, 'utf8');
    page = { file, html, tree: fromHtml(html) };
    cache.set(key, page);
  }
  return page;
}

export function allPages(dist: string): Page[] {
  return htmlFiles(dist).map((file) => readPage(dist, file));
}

/** The URL path a page is served at, under the base: `articles/x/index.html` -> `/briefing/articles/x/`. */
export function pageUrl(file: string, basePath: string): string {
  return `${basePath}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The file in dist that serves a URL path under the base, or undefined when none does. */
export function fileForUrl(dist: string, basePath: string, urlPath: string): string | undefined {
  if (!urlPath.startsWith(basePath)) return undefined;
  const inside = decodeURIComponent(urlPath.slice(basePath.length));
  const file = inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
  try {
    return statSync(join(dist, file)).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

export interface Reference {
  page: string;
  tag: string;
  attribute: 'href' | 'src';
  value: string;
}

/** Every href and src on a page. */
export function references(page: Page): Reference[] {
  const out: Reference[] = [];
  for (const node of selectAll('[href], [src]', page.tree) as Element[]) {
    for (const attribute of ['href', 'src'] as const) {
      const value = node.properties[attribute];
      if (typeof value === 'string') out.push({ page: page.file, tag: node.tagName, attribute, value });
    }
  }
  return out;
}

export function isExternal(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//');
}

export function ids(page: Page): Set<string> {
  return new Set((selectAll('[id]', page.tree) as Element[]).map((node) => String(node.properties.id)));
}

export function textOf(node: Root | Element): string {
  return hastToString(node).replace(/\s+/g, ' ');
}

export function gzipSize(path: string): number {
  return gzipSync(readFileSync(path)).length;
}

/** Ids that occur more than once in a page's tree. */
export function duplicateIds(tree: Root): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const node of selectAll('[id]', tree) as Element[]) {
    const id = String(node.properties.id);
    if (seen.has(id)) twice.add(id);
    seen.add(id);
  }
  return [...twice];
}
