// mdast -> sanitised HTML, heading list, plain text and reading time. The one place the
// render steps are put in order; each step is a pure tree function in its own module.
// The tree comes from parse-markdown (already with GFM and smart punctuation).
import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString as hastToString } from 'hast-util-to-string';
import type { Root } from 'mdast';
import { bodyImages } from './body-images.ts';
import { embedCards } from './embed-cards.ts';
import { externalLinks, type ExternalLinkOptions } from './external-links.ts';
import { feedLinks } from './feed-links.ts';
import { headingAnchors, type Heading } from './heading-anchors.ts';
import { toSafeHast } from './raw-html.ts';
import { siteLinks, type SiteLinkOptions } from './site-links.ts';
import { tableWrappers } from './table-wrappers.ts';
import { renderWords } from './render-words.ts';
import { taskMarkers } from './task-markers.ts';
import { contentFragmentLinks, uniqueIds } from './unique-ids.ts';

export type { Heading } from './heading-anchors.ts';

export interface RenderedBody {
  html: string;
  headings: Heading[];
  /** The visible text, for feeds' summaries, search and word counts. */
  text: string;
  wordCount: number;
  readingMinutes: number;
  /** The body as feeds carry it (feed-links.ts), for bodies that go into feeds. */
  feedHtml?: string;
}

/** What the steps need beyond the tree: deploy base, site host, where `.md` links go. */
export interface RenderOptions extends SiteLinkOptions, ExternalLinkOptions {
  /** The body's language, for the labels the steps add; English when absent. */
  language?: string;
  /** Absolute URL of the body's page when the body goes into feeds: its feed HTML is made too. */
  feedPageUrl?: string;
}

const WORDS_PER_MINUTE = 220;

/**
 * The page's HTML tree of a Markdown tree, every step applied; the Markdown tree is
 * consumed. `rawHtml` is the body's raw HTML as the analysis parsed it (analyze-file.ts),
 * `null` when it found none.
 */
export function renderTree(tree: Root, options: RenderOptions, headings: Heading[] = [], rawHtml?: HastRoot | null): HastRoot {
  // Sanitising comes first, so every class and attribute the later steps add is ours.
  const hast = toSafeHast(tree, rawHtml);
  const words = renderWords(options.language);
  embedCards(hast);
  uniqueIds(hast);
  headingAnchors(hast, { headings, words });
  contentFragmentLinks(hast);
  taskMarkers(hast);
  siteLinks(hast, options);
  externalLinks(hast, options);
  tableWrappers(hast, words);
  bodyImages(hast);
  return hast;
}

/** Renders a freshly parsed tree (and its feed HTML when asked); the tree is consumed (transformed in place). */
export function renderMarkdown(tree: Root, options: RenderOptions, rawHtml?: HastRoot | null): RenderedBody {
  const headings: Heading[] = [];
  const hast = renderTree(tree, options, headings, rawHtml);
  const html = toHtml(hast);
  const text = hastToString(hast).replace(/\s+/g, ' ').trim();
  const wordCount = text ? text.split(' ').length : 0;
  const body: RenderedBody = { html, headings, text, wordCount, readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)) };
  // The feed's body is the page's tree one step further (absolute links, no heading
  // anchors), serialised a second time: never the page's HTML read back by a parser.
  if (options.feedPageUrl) {
    feedLinks(hast, { pageUrl: options.feedPageUrl });
    body.feedHtml = toHtml(hast);
  }
  return body;
}
