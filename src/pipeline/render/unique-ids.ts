// Ids stay unique and fragment links find them. The check refuses a written id twice or
// a footnote's id; should one reach the renderer anyway, the first keeps it (uniqueIds,
// before headingAnchors, so a heading that loses its id gets a slug). Sanitising prefixes
// content ids (footnotes, raw HTML) so they cannot clobber the page's own; a `#fn-1` link
// then follows its target to `#user-content-fn-1` (contentFragmentLinks, after headingAnchors).
import type { Element, Root } from 'hast';
import { classifyHref } from '../markdown/classify-href.ts';
import { CONTENT_ID_PREFIX } from '../markdown/heading-ids.ts';
import { eachElement } from '../tree/each-element.ts';

export function uniqueIds(tree: Root): void {
  const ids = new Set<string>();
  eachElement(tree, (node: Element) => {
    const { id } = node.properties;
    if (typeof id !== 'string') return;
    if (ids.has(id)) delete node.properties.id;
    else ids.add(id);
  });
}

export function contentFragmentLinks(tree: Root): void {
  const ids = new Set<string>();
  const links: Array<{ link: Element; fragment: string }> = [];
  eachElement(tree, (node: Element) => {
    const { id, href } = node.properties;
    if (typeof id === 'string') ids.add(id);
    if (node.tagName !== 'a' || typeof href !== 'string') return;
    const kind = classifyHref(href);
    if (kind.kind === 'fragment') links.push({ link: node, fragment: kind.fragment });
  });
  for (const { link, fragment } of links) {
    if (!ids.has(fragment) && ids.has(`${CONTENT_ID_PREFIX}${fragment}`)) link.properties.href = `#${CONTENT_ID_PREFIX}${fragment}`;
  }
}
