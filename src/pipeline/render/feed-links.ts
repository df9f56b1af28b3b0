// A rendered body as a feed carries it: feeds are read away from the site, so links and
// pictures get absolute addresses (site paths already carry the base path, `#heading`
// links point into the item's page), and the "#" heading anchors, which help on the page,
// go: a feed reader shows them as stray "Section titled …" links.
import type { Element, Root } from 'hast';
import { classifyHref } from '../markdown/classify-href.ts';
import { HEADING_ANCHOR_CLASS } from './heading-anchors.ts';
import { eachElement } from '../tree/each-element.ts';

export interface FeedLinkOptions {
  /** Absolute URL of the item's page, e.g. `https://briefing.example.org/briefing/articles/x/`. */
  pageUrl: string;
}

function isHeadingAnchor(node: Element): boolean {
  return node.tagName === 'a' && Array.isArray(node.properties.className) && node.properties.className.includes(HEADING_ANCHOR_CLASS);
}

export function feedLinks(tree: Root, options: FeedLinkOptions): void {
  eachElement(tree, (node: Element, index, parent) => {
    if (isHeadingAnchor(node) && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
    for (const attribute of ['href', 'src'] as const) {
      const value = node.properties[attribute];
      if (typeof value !== 'string') continue;
      const kind = classifyHref(value).kind;
      if (kind === 'site' || kind === 'fragment') node.properties[attribute] = new URL(value, options.pageUrl).href;
    }
    return undefined;
  });
}
