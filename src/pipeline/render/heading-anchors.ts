// Heading ids and anchors: every heading without an id gets GitHub's slug of its text
// and a "#" link to itself; the list of headings is handed back for the page's contents.
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { headingSlugger } from '../markdown/heading-ids.ts';
import { renderWords, type RenderWords } from './render-words.ts';
import { eachElement } from '../tree/each-element.ts';

export interface Heading {
  depth: number;
  id: string;
  text: string;
}

export interface HeadingAnchorOptions {
  /** Receives each heading given an id, in document order. */
  headings: Heading[];
  /** The labels' words, in the body's language; English when absent. */
  words?: RenderWords;
}

const HEADING = /^h[1-6]$/;

/** The class of the "#" links; the feeds drop them (feed-links.ts). */
export const HEADING_ANCHOR_CLASS = 'heading-anchor';

export function headingAnchors(tree: Root, options: HeadingAnchorOptions): void {
  const slug = headingSlugger();
  const words = options.words ?? renderWords();
  eachElement(tree, (node: Element) => {
    if (!HEADING.test(node.tagName)) return undefined;
    // Headings that arrive with an id (footnote labels, raw HTML) keep it, unanchored.
    if (typeof node.properties.id === 'string') return 'skip';
    const text = toString(node).trim();
    const id = slug(text);
    node.properties.id = id;
    options.headings.push({ depth: Number(node.tagName[1]), id, text });
    node.children.push({
      type: 'element',
      tagName: 'a',
      // The label is an attribute, not text: search indexes and text extractors then
      // never read "Section titled …" into the heading; the "#" comes from the stylesheet.
      properties: { className: [HEADING_ANCHOR_CLASS], href: `#${id}`, ariaLabel: words.sectionTitled(text) },
      children: [],
    });
    return 'skip';
  });
}
