// Markdown body -> mdast (CommonMark + GFM). Parsing happens once per file: the checks
// read the tree, and the renderer turns the same tree into HTML. Text that would make the
// parser pathologically slow is refused first (markup-limits.ts); a tree nested too
// deeply is refused after.
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { findPathologicalMarkup, MAX_NESTING } from './markup-limits.ts';
import { smartPunctuation } from './smart-punctuation.ts';

// Smart punctuation is applied here, not at render time, so that heading ids computed
// from this tree match the ids of the rendered page.
const parser = unified().use(remarkParse).use(remarkGfm);

/** The tree also nests inline nodes (emphasis in a link in a list item): some room on top. */
const MAX_TREE_DEPTH = MAX_NESTING + 16;

export type ParsedMarkdown = { ok: true; tree: Root } | { ok: false; line: number; message: string; hint: string };

function nestingDepth(tree: Root): { depth: number; line: number } {
  let deepest = { depth: 0, line: 1 };
  const stack: Array<{ node: { children?: unknown[]; position?: { start: { line: number } } }; depth: number }> = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > deepest.depth) deepest = { depth, line: node.position?.start.line ?? 1 };
    if (depth > MAX_TREE_DEPTH) break;
    for (const child of node.children ?? []) stack.push({ node: child as typeof node, depth: depth + 1 });
  }
  return deepest;
}

export function parseMarkdown(body: string): ParsedMarkdown {
  const refusal = findPathologicalMarkup(body);
  if (refusal) return { ok: false, ...refusal };
  let tree: Root;
  try {
    tree = parser.runSync(parser.parse(body)) as Root;
    smartPunctuation(tree);
  } catch (error) {
    const overflow = error instanceof RangeError;
    return {
      ok: false,
      line: 1,
      message: overflow ? 'the Markdown is nested too deeply to be read' : `the Markdown could not be read: ${(error as Error).message}`,
      hint: 'simplify the nesting of lists, quotes and emphasis',
    };
  }
  const { depth, line } = nestingDepth(tree);
  if (depth > MAX_TREE_DEPTH) {
    return {
      ok: false,
      line,
      message: `the Markdown is nested more than ${MAX_TREE_DEPTH} levels deep`,
      hint: 'simplify the nesting of lists, quotes and emphasis',
    };
  }
  return { ok: true, tree };
}
