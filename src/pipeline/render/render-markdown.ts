// mdast -> sanitised HTML, heading list, plain text and reading time. The tree comes from
// parse-markdown (already with GFM and smart punctuation); raw HTML is parsed and then
// cleaned to the allowlist, so nothing from content can run or restyle the page.
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import type { Root } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { CONTENT_ID_PREFIX, headingSlugger } from '../markdown/heading-ids.ts';
import rehypeEmbedCards from './embed-cards.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

export interface Heading {
  depth: number;
  id: string;
  text: string;
}

export interface RenderedBody {
  html: string;
  headings: Heading[];
  /** The visible text, for feeds' summaries, search and word counts. */
  text: string;
  wordCount: number;
  readingMinutes: number;
}

export interface RenderOptions {
  /** Deploy base path, `/` or `/briefing/`: prefixed to site-absolute links. */
  base: string;
  /** Host of the site itself; links elsewhere are marked external. */
  siteHost: string;
  /** Turns a relative `.md` link into a site path (`/articles/x/#y`), or undefined. */
  resolveMarkdownLink: (href: string) => string | undefined;
  /** For a translation: the same link in its edition (`/articles/x/` → `/uk/articles/x/` when translated). */
  localise?: (path: string) => string;
}

const WORDS_PER_MINUTE = 220;
const HEADING = /^h[1-6]$/;

/** GFM task-list checkboxes become text: a disabled, unlabelled control helps nobody. */
function taskMarker(done: boolean): ElementContent[] {
  return [
    { type: 'element', tagName: 'span', properties: { className: ['task-marker'], ariaHidden: 'true' }, children: [{ type: 'text', value: done ? '☑' : '☐' }] },
    { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: done ? 'Done: ' : 'To do: ' }] },
  ];
}

function isExternal(href: string, siteHost: string): boolean {
  try {
    const url = new URL(href);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.host !== siteHost;
  } catch {
    return false;
  }
}

function withBase(base: string, path: string): string {
  return `${base.replace(/\/$/, '')}${path}`;
}

/** After sanitising: heading ids and anchors, link rewriting and marking, lazy images. */
function finishTree(options: RenderOptions, headings: Heading[]) {
  return (tree: HastRoot) => {
    const slug = headingSlugger();
    const ids = new Set<string>();
    const fragmentLinks: Element[] = [];
    let tables = 0;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (typeof node.properties.id === 'string') {
        // The check refuses a written id twice or a footnote's id; should one reach the
        // renderer anyway, the first keeps it, so every id on the page stays unique.
        if (ids.has(node.properties.id)) delete node.properties.id;
        else ids.add(node.properties.id);
      }
      if (node.tagName === 'input' && parent && index !== undefined) {
        parent.children.splice(index, 1, ...taskMarker(Boolean(node.properties.checked)));
        return index + 2;
      }
      if (HEADING.test(node.tagName)) {
        // Headings that arrive with an id (footnote labels, raw HTML) keep it, unanchored.
        if (typeof node.properties.id === 'string') return 'skip';
        const text = hastToString(node).trim();
        const id = slug(text);
        node.properties.id = id;
        ids.add(id);
        headings.push({ depth: Number(node.tagName[1]), id, text });
        node.children.push({
          type: 'element',
          tagName: 'a',
          // The label is an attribute, not text: search indexes and text extractors then
          // never read "Section titled …" into the heading; the "#" comes from the stylesheet.
          properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: `Section titled “${text}”` },
          children: [],
        });
        return 'skip';
      }
      if (node.tagName === 'a' && typeof node.properties.href === 'string') {
        const href = node.properties.href;
        if (href.startsWith('#')) {
          fragmentLinks.push(node);
        } else if (href.startsWith('/') && !href.startsWith('//')) {
          node.properties.href = withBase(options.base, options.localise ? options.localise(href) : href);
        } else if (!/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('//')) {
          const path = options.resolveMarkdownLink(href);
          if (path) node.properties.href = withBase(options.base, path);
        } else if (isExternal(href, options.siteHost)) {
          node.properties.rel = ['noopener', 'noreferrer', 'external'];
          node.properties.className = [...((node.properties.className as string[] | undefined) ?? []), 'external'];
        }
      }
      if (node.tagName === 'table' && parent && index !== undefined) {
        // Wide tables scroll inside a focusable, labelled box, so the page itself never does.
        tables += 1;
        parent.children[index] = { type: 'element', tagName: 'div', properties: { className: ['table-scroll'], role: 'region', ariaLabel: `Table ${tables}`, tabIndex: 0 }, children: [node] };
        return undefined;
      }
      if (node.tagName === 'img' && parent && index !== undefined) {
        // Content pictures are local files; a remote or data: address can only come from
        // raw HTML (the check refuses it in Markdown), and is left out of the page.
        if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(String(node.properties.src ?? '').trim())) {
          parent.children.splice(index, 1);
          return index;
        }
        node.properties.loading = 'lazy';
        node.properties.decoding = 'async';
      }
      return undefined;
    });
    // Sanitising prefixes content ids (footnotes, raw HTML) so they cannot clobber the
    // page's own; fragment links follow them to the prefixed id.
    for (const link of fragmentLinks) {
      const fragment = (link.properties.href as string).slice(1);
      if (!ids.has(fragment) && ids.has(`${CONTENT_ID_PREFIX}${fragment}`)) link.properties.href = `#${CONTENT_ID_PREFIX}${fragment}`;
    }
  };
}

/** Whether the body has raw HTML, the only input rehype-raw has work for. */
function hasRawHtml(tree: Root): boolean {
  let found = false;
  visit(tree, 'html', () => {
    found = true;
    return false;
  });
  return found;
}

/** Renders a freshly parsed tree; the tree is consumed (transformed in place). */
export function renderMarkdown(tree: Root, options: RenderOptions): RenderedBody {
  const headings: Heading[] = [];
  const processor = unified()
    // Footnote ids are left bare here and prefixed once, by the sanitiser, like all content ids.
    .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' })
    // Raw HTML is parsed (then sanitised like everything else). Without any, re-reading
    // the whole tree through an HTML parser changes nothing and took half the render time.
    .use(hasRawHtml(tree) ? [rehypeRaw] : [])
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeEmbedCards)
    .use(finishTree, options, headings)
    .use(rehypeStringify);
  const hast = processor.runSync(tree) as HastRoot;
  const html = processor.stringify(hast);
  const text = hastToString(hast).replace(/\s+/g, ' ').trim();
  const wordCount = text ? text.split(' ').length : 0;
  return { html, headings, text, wordCount, readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)) };
}
