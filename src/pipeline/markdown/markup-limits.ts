// Limits on raw Markdown, measured on the text before it is parsed: some shapes (deep
// nesting, piles of brackets or emphasis markers, huge tables) cost the parser far more
// than linear time, so a file with them is refused with its line instead of stalling
// the check. No real article comes near them.

/** Nesting deeper than this is refused: no real article needs it, and it can exhaust the stack. */
export const MAX_NESTING = 48;
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
      return {
        line: paragraphStart,
        message: `the table starting here has more than ${MAX_PIPES_PER_PARAGRAPH} cells, more than the parser can handle quickly`,
        hint: 'split the table or link to a data file',
      };
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
