// The link gate over a built site's parsed HTML: every internal href, src, srcset entry and
// absolute URL under the site's own address (canonical, og:image, twitter:image) must name
// a file in dist, and every fragment an id on the target page. External URLs are skipped.
import type { Element } from 'hast';
import { allPages, fileForUrl, ids, isExternal, pageUrl, readPage, select, selectAll, type Page } from '../built/read-dist.ts';

export interface LinkReport {
  /** `page: <tag attribute="value">` plus why, for every reference that does not resolve. */
  broken: string[];
  /** How many internal references were checked. */
  checked: number;
}

interface Ref {
  tag: string;
  attribute: string;
  value: string;
}

/** Every URL-valued attribute on a page, srcset split into its URLs. */
export function pageReferences(page: Page): Ref[] {
  const out: Ref[] = [];
  for (const node of selectAll('[href], [src], [srcset], meta[content]', page.tree) as Element[]) {
    const { href, src, srcSet, content, property, name } = node.properties;
    if (typeof href === 'string') out.push({ tag: node.tagName, attribute: 'href', value: href });
    if (typeof src === 'string') out.push({ tag: node.tagName, attribute: 'src', value: src });
    // hast gives srcset as a list of "url descriptor" candidates.
    for (const candidate of Array.isArray(srcSet) ? srcSet : typeof srcSet === 'string' ? srcSet.split(',') : []) {
      const url = String(candidate).trim().split(/\s+/)[0];
      if (url) out.push({ tag: node.tagName, attribute: 'srcset', value: url });
    }
    const key = String(property ?? name ?? '');
    if (typeof content === 'string' && /^(og:image|og:url|twitter:image)$/.test(key)) out.push({ tag: `meta ${key}`, attribute: 'content', value: content });
  }
  return out;
}

export function checkLinks(dist: string, basePath: string): LinkReport {
  const broken: string[] = [];
  let checked = 0;
  for (const page of allPages(dist)) {
    const here = new URL(pageUrl(page.file, basePath), 'http://site.invalid');
    // Absolute URLs under the site's own address (from the canonical link) are internal too.
    const canonical = select('link[rel~=canonical]', page.tree)?.properties.href;
    const siteRoot = typeof canonical === 'string' ? new URL(basePath, canonical).href : undefined;
    for (const ref of pageReferences(page)) {
      let url: URL;
      if (siteRoot && ref.value.startsWith(siteRoot)) url = new URL(ref.value.slice(siteRoot.length), new URL(basePath, here));
      else if (isExternal(ref.value)) continue;
      else url = new URL(ref.value, here);
      checked += 1;
      const shown = `${page.file}: <${ref.tag} ${ref.attribute}="${ref.value}">`;
      const file = fileForUrl(dist, basePath, url.pathname);
      if (!file) broken.push(`${shown} no such file`);
      else if (url.hash && file.endsWith('.html') && !ids(readPage(dist, file)).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${shown} no id "${decodeURIComponent(url.hash.slice(1))}" in ${file}`);
      }
    }
  }
  return { broken, checked };
}
