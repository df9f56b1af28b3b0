// Links into the site: `/articles/x/` and relative `.md` links (`./other.md#h`) become
// paths under the deploy base; in a translation, site links stay in its edition.
import type { Element, Root } from 'hast';
import { classifyHref } from '../markdown/classify-href.ts';
import { withBase } from '../routes.ts';
import { eachElement } from '../tree/each-element.ts';

export interface SiteLinkOptions {
  /** Deploy base path, `/` or `/briefing/`. */
  base: string;
  /** Turns a relative `.md` link into a site path (`/articles/x/#y`), or undefined. */
  resolveMarkdownLink: (href: string) => string | undefined;
  /** For a translation: the same link in its edition (`/articles/x/` → `/uk/articles/x/` when translated). */
  localise?: ((path: string) => string) | undefined;
}

export function siteLinks(tree: Root, options: SiteLinkOptions): void {
  eachElement(tree, (node: Element) => {
    const { href } = node.properties;
    if (node.tagName !== 'a' || typeof href !== 'string') return;
    const kind = classifyHref(href);
    if (kind.kind === 'site') {
      node.properties.href = withBase(options.base, options.localise ? options.localise(kind.path) : kind.path);
    } else if (kind.kind === 'file') {
      const path = options.resolveMarkdownLink(kind.path);
      if (path) node.properties.href = withBase(options.base, path);
    }
  });
}
