// A saved web page is a common input. Mozilla's Readability (the Firefox reader view)
// finds the article in the page, over linkedom's DOM (no browser, no network, scripts
// never run); the article's blocks become plain lines, one paragraph per line, so the
// same line cleaning as for text copy follows. The page's own metadata gives the date:
// `<time datetime>`, then `article:published_time`.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlArticle {
  /** The article as text lines: headline, blank line, blocks separated by blank lines. */
  lines: string[];
  headline?: string;
  /** ISO date-time the page states, and where it came from. */
  published?: { value: string; from: string };
  updated?: { value: string; from: string };
}

export function looksLikeHtml(sourceName: string, text: string): boolean {
  return /\.x?html?$/i.test(sourceName) || /^\s*(?:<!doctype html|<html[\s>])/i.test(text);
}

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'FIGCAPTION', 'PRE', 'TD', 'DT', 'DD']);

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Block elements in document order, as lines; list items keep a marker. */
function blockLines(root: Element): string[] {
  const out: string[] = [];
  const walk = (node: Element) => {
    for (const child of Array.from(node.children)) {
      if (BLOCKS.has(child.tagName) && !Array.from(child.children).some((c) => BLOCKS.has(c.tagName))) {
        const text = clean(child.textContent);
        if (text) out.push(child.tagName === 'LI' ? `- ${text}` : text);
      } else walk(child);
    }
  };
  walk(root);
  return out;
}

function isoDate(value: string | null | undefined): string | undefined {
  const text = clean(value);
  return /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(text)
    ? text.replace(' ', 'T').replace(/\.\d+/, '')
    : undefined;
}

export function readHtml(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  // Metadata first: Readability rewrites the document it reads.
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content');
  const times = Array.from(document.querySelectorAll('article time[datetime], main time[datetime], time[datetime]'));
  const timed = times
    .map((t) => ({ value: isoDate(t.getAttribute('datetime')), label: clean(t.parentElement?.textContent).toLowerCase() }))
    .filter((t) => t.value);
  const updatedTime = timed.find((t) => /updated|modified|оновлено/.test(t.label));
  const publishedTime = timed.find((t) => t !== updatedTime);
  const metaPublished = isoDate(meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? meta('meta[itemprop="datePublished"]'));
  const headline = clean(meta('meta[property="og:title"]') ?? document.querySelector('h1')?.textContent) || undefined;

  const article = new Readability(document as unknown as Document, { keepClasses: false }).parse();
  const body = article?.content ? blockLines(parseHTML(`<div>${article.content}</div>`).document.querySelector('div')!) : [];
  const title = headline ?? (clean(article?.title) || undefined);
  // The headline is given once, on top; Readability often keeps the <h1> in the body too.
  const lines = body.filter((line, i) => !(i < 3 && title && line === title));
  const published = publishedTime?.value
    ? { value: publishedTime.value, from: 'the page’s <time datetime>' }
    : metaPublished
      ? { value: metaPublished, from: 'the page’s article:published_time' }
      : updatedTime?.value
        ? { value: updatedTime.value, from: 'the page’s “Updated” <time datetime>' }
        : undefined;
  return {
    lines: [...(title ? [title, ''] : []), ...lines.flatMap((l, i) => (i ? ['', l] : [l]))],
    ...(title ? { headline: title } : {}),
    ...(published ? { published } : {}),
    ...(updatedTime?.value && publishedTime ? { updated: { value: updatedTime.value, from: 'the page’s “Updated” <time datetime>' } } : {}),
  };
}
