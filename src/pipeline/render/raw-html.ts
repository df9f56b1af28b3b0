// mdast -> hast with raw HTML parsed and everything cleaned to the allowlist
// (sanitize-schema.ts), so nothing from content can run or restyle the page. The two
// processors are built once, at load; a file picks one per render.
import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { sanitizeSchema } from './sanitize-schema.ts';

// Footnote ids are left bare here and prefixed once, by the sanitiser, like all content ids.
const TO_HAST = { allowDangerousHtml: true, clobberPrefix: '' } as const;

const plain = unified().use(remarkRehype, TO_HAST).use(rehypeSanitize, sanitizeSchema).freeze();
const withRaw = unified().use(remarkRehype, TO_HAST).use(rehypeRaw).use(rehypeSanitize, sanitizeSchema).freeze();

/** Whether the body has raw HTML, the only input rehype-raw has work for. */
export function hasRawHtml(tree: Root): boolean {
  let found = false;
  visit(tree, 'html', () => {
    found = true;
    return false;
  });
  return found;
}

/**
 * The sanitised HTML tree of a Markdown tree; the Markdown tree is consumed. Raw HTML is
 * parsed in one pass over the whole body (a tag opened in one block may close in another);
 * without any, re-reading the tree through an HTML parser changes nothing and took half
 * the render time, so it is skipped.
 */
export function toSafeHast(tree: Root): HastRoot {
  return (hasRawHtml(tree) ? withRaw : plain).runSync(tree) as HastRoot;
}
