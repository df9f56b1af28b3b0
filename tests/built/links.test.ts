// Every internal link, fragment and asset resolves in dist (tests/support/check-links.ts),
// at the root and under a base path; and from the home page a reader reaches every topic, actor, claim and item.
import type { Element } from 'hast';
import { describe, expect, inject, it } from 'vitest';
import { allPages, fileForUrl, ids, isExternal, pageUrl, readPage, references, selectAll } from './read-dist.ts';
import { checkLinks } from '../support/check-links.ts';
import { shippedContent } from './shipped-content.ts';

const dist = inject('dist');
const builds = [
  { name: 'root', dir: dist.root, basePath: '/' },
  { name: `base ${dist.basePath}`, dir: dist.base, basePath: dist.basePath },
];

function resolveHref(value: string, fromFile: string, basePath: string): URL {
  return new URL(value, `http://site.test${pageUrl(fromFile, basePath)}`);
}

describe.each(builds)('the built site at $name: links', ({ dir, basePath }) => {
  it('resolves every internal href, src, srcset and own absolute URL to a file, and every fragment to an id', () => {
    const { broken, checked } = checkLinks(dir, basePath);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });

  it('writes every site-absolute link under the base path', () => {
    const outside: string[] = [];
    for (const page of allPages(dir)) {
      for (const ref of references(page)) {
        if (ref.value.startsWith('/') && !ref.value.startsWith('//') && !ref.value.startsWith(basePath)) outside.push(`${page.file}: ${ref.value}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('lets a reader reach every topic, actor, item and claim from the home page by links alone', () => {
    const content = shippedContent();
    const seen = new Set<string>(['index.html']);
    const queue = ['index.html'];
    while (queue.length) {
      const page = readPage(dir, queue.shift()!);
      for (const link of selectAll('a[href]', page.tree) as Element[]) {
        const value = String(link.properties.href);
        if (isExternal(value)) continue;
        const file = fileForUrl(dir, basePath, resolveHref(value, page.file, basePath).pathname);
        if (file?.endsWith('.html') && !seen.has(file)) {
          seen.add(file);
          queue.push(file);
        }
      }
    }
    const wanted = [
      'claims/index.html',
      'timeline/index.html',
      ...content.articles.map((id) => `articles/${id}/index.html`),
      ...content.topics.map((id) => `topics/${id}/index.html`),
      ...content.actors.map((id) => `actors/${id}/index.html`),
    ];
    expect(wanted.filter((file) => !seen.has(file))).toEqual([]);
    const ledger = ids(readPage(dir, 'claims/index.html'));
    expect(content.claimAnchors.filter((anchor) => !ledger.has(anchor))).toEqual([]);
  });
});
