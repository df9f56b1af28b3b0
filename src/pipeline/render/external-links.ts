// Links to other sites are marked (class `external`, rel noopener noreferrer external):
// the stylesheet shows the mark, and the other site learns nothing of the page.
import type { Element, Root } from 'hast';
import { classifyHref } from '../markdown/classify-href.ts';
import { eachElement } from '../tree/each-element.ts';

export interface ExternalLinkOptions {
  /** Host of the site itself (`briefing.example.org`); links to it are not external. */
  siteHost: string;
}

function isExternal(href: string, siteHost: string): boolean {
  if (classifyHref(href).kind !== 'web') return false;
  try {
    return new URL(href).host !== siteHost;
  } catch {
    return false;
  }
}

export function externalLinks(tree: Root, options: ExternalLinkOptions): void {
  eachElement(tree, (node: Element) => {
    const { href } = node.properties;
    if (node.tagName !== 'a' || typeof href !== 'string' || !isExternal(href, options.siteHost)) return;
    node.properties.rel = ['noopener', 'noreferrer', 'external'];
    node.properties.className = [...((node.properties.className as string[] | undefined) ?? []), 'external'];
  });
}
