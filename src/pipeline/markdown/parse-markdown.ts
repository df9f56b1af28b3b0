// Markdown body -> mdast (CommonMark + GFM). Parsing happens once per file: the checks
// read the tree, and the renderer turns the same tree into HTML.
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { smartPunctuation } from './smart-punctuation.ts';

// Smart punctuation is applied here, not at render time, so that heading ids computed
// from this tree match the ids of the rendered page.
const parser = unified().use(remarkParse).use(remarkGfm);

/** Nesting deeper than this is refused: no real article needs it, and it can exhaust the stack. */
export const MAX_NESTING = 48;
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

/** Leading indentation beyond this many columns is refused along with deep nesting. */
const MAX_INDENT = 128;

/**
 * Block containers (quotes, list items, indentation) opened on one line. The parser's cost
 * grows with the square of this depth, so it is measured on the raw text, before parsing.
 */
export function containerDepth(line: string): number {
  let depth = 0;
  let indent = 0;
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === ' ' || c === '\t') {
      indent += c === '\t' ? 4 : 1;
      if (indent > MAX_INDENT) return Infinity;
      i++;
    } else if (c === '>') {
      depth++;
      i++;
    } else if ((c === '-' || c === '*' || c === '+') && (line[i + 1] === ' ' || line[i + 1] === '\t')) {
      depth++;
      i += 2;
    } else {
      const ordered = /^\d{1,9}[.)][ \t]/.exec(line.slice(i, i + 12));
      if (!ordered) break;
      depth++;
      i += ordered[0].length;
    }
  }
  return depth;
}

/**
 * Inline markup per paragraph. Brackets and emphasis delimiters cost the parser far more
 * than linear time when they pile up (a few thousand take seconds); prose uses dozens.
 */
export const MAX_BRACKETS_PER_PARAGRAPH = 256;
export const MAX_DELIMITERS_PER_PARAGRAPH = 512;
/** Table cells: a 2,000-row table of two columns is still fine; 20,000 rows take seconds. */
export const MAX_PIPES_PER_PARAGRAPH = 6000;

interface Refusal {
  line: number;
  message: string;
  hint: string;
}

/** Finds, on the raw text, the shapes that would make parsing pathologically slow. */
export function findPathologicalMarkup(body: string): Refusal | undefined {
  const lines = body.split('\n');
  let fence: string | undefined;
  let brackets = 0;
  let delimiters = 0;
  let pipes = 0;
  let paragraphStart = 1;
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index]!;
    const line = index + 1;
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(text);
    if (fence) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = undefined;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      continue;
    }
    if (containerDepth(text) > MAX_NESTING) {
      return { line, message: `the Markdown is nested more than ${MAX_NESTING} levels deep`, hint: 'simplify the nesting of lists, quotes and indentation' };
    }
    if (text.trim() === '') {
      brackets = 0;
      delimiters = 0;
      pipes = 0;
      paragraphStart = line + 1;
      continue;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 91 /* [ */) brackets++;
      else if (c === 42 /* * */ || c === 95 /* _ */ || c === 126 /* ~ */) delimiters++;
      else if (c === 124 /* | */) pipes++;
    }
    if (pipes > MAX_PIPES_PER_PARAGRAPH) {
      return { line: paragraphStart, message: `the table starting here has more than ${MAX_PIPES_PER_PARAGRAPH} cells, more than the parser can handle quickly`, hint: 'split the table or link to a data file' };
    }
    if (brackets > MAX_BRACKETS_PER_PARAGRAPH || delimiters > MAX_DELIMITERS_PER_PARAGRAPH) {
      return {
        line: paragraphStart,
        message: `the paragraph starting here has more than ${brackets > MAX_BRACKETS_PER_PARAGRAPH ? `${MAX_BRACKETS_PER_PARAGRAPH} brackets` : `${MAX_DELIMITERS_PER_PARAGRAPH} emphasis markers (*, _, ~)`}, more than the parser can handle quickly`,
        hint: 'split the paragraph, or put literal text in a code block',
      };
    }
  }
  return undefined;
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
    return { ok: false, line, message: `the Markdown is nested more than ${MAX_TREE_DEPTH} levels deep`, hint: 'simplify the nesting of lists, quotes and emphasis' };
  }
  return { ok: true, tree };
}
