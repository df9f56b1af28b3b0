// mdast -> hast with raw HTML parsed and everything cleaned to the allowlist
// (sanitize-schema.ts), so nothing from content can run or restyle the page. The
// processors are built once, at load; a file picks one per render.
import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { parseRawHtml, TO_HAST } from '../markdown/raw-html.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

const plain = unified().use(remarkRehype, TO_HAST).use(rehypeSanitize, sanitizeSchema).freeze();
const sanitise = unified().use(rehypeSanitize, sanitizeSchema).freeze();

/**
 * The sanitised HTML tree of a Markdown tree; the Markdown tree is consumed. A body with
 * raw HTML comes with its parsed tree from the analysis (markdown/raw-html.ts), which read
 * it once for the check: that tree is sanitised here, not parsed again. Without raw HTML,
 * re-reading the tree through an HTML parser changes nothing and took half the render
 * time, so it is skipped.
 */
export function toSafeHast(tree: Root, raw?: HastRoot | null): HastRoot {
  // `null`: the analysis found no raw HTML; undefined: nobody looked yet.
  const parsed = raw === undefined ? parseRawHtml(tree)?.hast : raw;
  return parsed ? (sanitise.runSync(parsed) as HastRoot) : (plain.runSync(tree) as HastRoot);
}
