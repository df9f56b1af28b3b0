// Reads the facts the checks need from a parsed body: every link and image with its
// position, heading ids, and the problems that need no other file (missing alt text).
// About 170 lines: one walk of the tree for every fact, so each body is visited once.
import type { Element } from 'hast';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { EMBED_PROVIDER_NAMES } from '../render/embed-providers.ts';
import { emptyAlt } from '../images/image-paths.ts';
import { headingSlugger, isFootnoteId } from './heading-ids.ts';
import type { RawHtml } from './raw-html.ts';
import type { RuleId } from '../rules.ts';

export interface BodyLink {
  href: string;
  line: number;
  column: number;
  /** `markdown` for [text](url) and definitions, `html` for raw <a href> / <img src>. */
  from: 'markdown' | 'html';
}

/** A Markdown image: `![alt](src "Caption. Credit: who made it")`. */
export interface BodyImage {
  src: string;
  alt: string;
  /** The title as written: the caption, ending in `Credit: …`. */
  title?: string;
  line: number;
  column: number;
}

/** `Caption. Credit: Name` -> caption and credit; the credit is required. */
export function splitImageTitle(title: string | undefined): { caption?: string; credit?: string } {
  const match = /^(.*?)\s*\bCredit:\s*(.+)$/is.exec(title ?? '');
  if (!match) return title?.trim() ? { caption: title.trim() } : {};
  const caption = match[1]!.trim();
  return { ...(caption ? { caption } : {}), credit: match[2]!.trim() };
}

export interface BodyProblem {
  line: number;
  column: number;
  rule: RuleId;
  message: string;
  hint?: string;
}

export interface BodyFacts {
  links: BodyLink[];
  /** Markdown images, resolved and checked by checks/images.ts. */
  images: BodyImage[];
  /** What a `#fragment` can point at: heading ids, and ids written in raw HTML. */
  headingIds: string[];
  problems: BodyProblem[];
  wordCount: number;
}

const EMBED_HINT = `put the post's or video's address alone on its own line: it becomes a link card (${EMBED_PROVIDER_NAMES.join(', ')}); other embeds are a plain link`;
// Blockquotes that providers' embed scripts would turn into frames.
const EMBED_QUOTES = /^(?:twitter-tweet|twitter-video|telegram-post|bluesky-embed|instagram-media|tiktok-embed|reddit-embed-bq)$/;

/** What a raw-HTML embed is, for the warning: it is stripped (frames, scripts) or left inert. */
function rawEmbed(element: Element): string | undefined {
  if (element.tagName === 'iframe' || element.tagName === 'embed' || element.tagName === 'object') return `an <${element.tagName}>`;
  if (element.tagName === 'script') return typeof element.properties.src === 'string' ? `a <script src="${element.properties.src}">` : 'a <script>';
  const classes = Array.isArray(element.properties.className) ? element.properties.className.map(String) : [];
  const quote = element.tagName === 'blockquote' ? classes.find((c) => EMBED_QUOTES.test(c)) : undefined;
  return quote ? `a <blockquote class="${quote}">` : undefined;
}

/** The body's facts; `raw` is its raw HTML as parsed once for the check and the renderer (raw-html.ts). */
export function inspectBody(tree: Root, bodyLine: number, raw?: RawHtml): BodyFacts {
  const links: BodyLink[] = [];
  const images: BodyImage[] = [];
  const problems: BodyProblem[] = [];
  const headingIds: string[] = [];
  const slug = headingSlugger();
  const writtenIds = new Set<string>();
  const at = (node: { position?: { start: { line: number; column: number } } }) => ({
    line: (node.position?.start.line ?? 1) + bodyLine - 1,
    column: node.position?.start.column ?? 1,
  });

  visit(tree, (node) => {
    switch (node.type) {
      case 'link':
      case 'definition':
        links.push({ href: node.url, ...at(node), from: 'markdown' });
        break;
      case 'image': {
        images.push({ src: node.url, alt: node.alt ?? '', ...(node.title ? { title: node.title } : {}), ...at(node) });
        const empty = emptyAlt(node.alt ?? '', node.url);
        if (empty) {
          problems.push({
            ...at(node),
            rule: 'image-alt',
            message: empty === 'is empty' ? `image ${node.url} has no alt text` : `image ${node.url}: alt ${empty}`,
            hint: 'describe the image: ![What the picture shows](./file.jpg "Caption. Credit: who made it")',
          });
        }
        if (!splitImageTitle(node.title ?? undefined).credit) {
          problems.push({
            ...at(node),
            rule: 'image-credit',
            message: `image ${node.url} has no credit`,
            hint: 'end its title with the credit: ![alt](./file.jpg "Caption. Credit: who made it")',
          });
        }
        break;
      }
      case 'heading':
        headingIds.push(slug(toString(node)));
        break;
    }
  });
  // Raw HTML, as the HTML parser read it over the whole body (raw-html.ts).
  for (const { element, start } of raw?.elements ?? []) {
    const where = { line: start.line + bodyLine - 1, column: start.column };
    for (const attribute of ['href', 'src'] as const) {
      // A raw <img> is refused below (image-file); its src is no link to check.
      if (element.tagName === 'img' && attribute === 'src') continue;
      const value = element.properties[attribute];
      if (typeof value === 'string') links.push({ href: value, ...where, from: 'html' });
    }
    for (const attribute of ['id', 'name'] as const) {
      const value = element.properties[attribute];
      if (typeof value !== 'string' || !value) continue;
      headingIds.push(value);
      // Written ids share one namespace with the footnotes' ids: keep them apart.
      if (isFootnoteId(value)) {
        problems.push({
          ...where,
          rule: 'body-id',
          message: `the ${attribute} "${value}" is reserved for footnotes`,
          hint: 'choose another id; footnotes are written as [^label]',
        });
      } else if (attribute === 'id' && writtenIds.has(value)) {
        problems.push({
          ...where,
          rule: 'body-id',
          message: `the id "${value}" is written twice in this body`,
          hint: 'ids on a page must be unique: rename one',
        });
      }
      if (attribute === 'id') writtenIds.add(value);
    }
    const embed = rawEmbed(element);
    if (embed)
      problems.push({
        ...where,
        rule: 'embed',
        message: embed.startsWith('a <blockquote') ? `${embed} embed never loads: it shows as a plain quote` : `${embed} embed is removed from the page`,
        hint: EMBED_HINT,
      });
    if (element.tagName === 'img') {
      // An <img> in raw HTML would skip the image pipeline, its credit and its checks:
      // it is left out of the page (render/body-images.ts).
      problems.push({
        ...where,
        rule: 'raw-image',
        message: 'images in raw HTML are removed from the page',
        hint: 'write it in Markdown: ![What it shows](./file.jpg "Caption. Credit: who made it")',
      });
    }
  }
  const text = toString(tree);
  const wordCount = text.split(/\s+/).filter(Boolean).length;
  return { links, images, headingIds, problems, wordCount };
}
