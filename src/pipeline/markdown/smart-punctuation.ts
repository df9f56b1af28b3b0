// Curly quotes, dashes and ellipses in prose. remark-smartypants does this through
// retext's natural-language tree, which measured at 70% of our whole Markdown parse;
// the SmartyPants rules need only the character before each quote, so this walks the
// text of each block once, carrying that character across inline nodes.
import type { Root } from 'mdast';

type Node = { type: string; value?: string; children?: Node[] };

// Inline nodes whose text is not prose, and blocks that start a new quoting context.
const VERBATIM = new Set(['inlineCode', 'code', 'html', 'math', 'inlineMath']);
const OPENS_AFTER = /[\s([{\u2014\u2013\-/]/;

function convert(text: string, previous: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const before = i > 0 ? text[i - 1]! : previous;
    if (c === '"') {
      out += before === '' || OPENS_AFTER.test(before) ? '\u201c' : '\u201d';
    } else if (c === "'") {
      const next = text[i + 1] ?? '';
      // An apostrophe opening a year or a contraction ('90s, 'tis) closes, like one inside a word.
      const opening = (before === '' || OPENS_AFTER.test(before)) && !/\d/.test(next);
      out += opening ? '\u2018' : '\u2019';
    } else if (c === '-' && text[i + 1] === '-') {
      if (text[i + 2] === '-') {
        out += '\u2014';
        i += 2;
      } else {
        out += '\u2013';
        i += 1;
      }
    } else if (c === '.' && text[i + 1] === '.' && text[i + 2] === '.') {
      out += '\u2026';
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

/** Curly quotes, dashes and ellipses in one line of plain text (titles, summaries, claims). */
export function smartText(text: string): string {
  return convert(text, '');
}

/** Rewrites text nodes in place; code, inline code and raw HTML are left as written. */
export function smartPunctuation(tree: Root): void {
  const walk = (node: Node, previous: { char: string }) => {
    if (VERBATIM.has(node.type)) {
      if (node.type === 'inlineCode') previous.char = 'x';
      return;
    }
    if (node.type === 'text' && typeof node.value === 'string') {
      node.value = convert(node.value, previous.char);
      previous.char = node.value.slice(-1) || previous.char;
      return;
    }
    if (!node.children) return;
    // Paragraphs, headings, cells and list items each begin a fresh quoting context.
    const isInline = ['emphasis', 'strong', 'delete', 'link', 'linkReference'].includes(node.type);
    const context = isInline ? previous : { char: '' };
    for (const child of node.children) walk(child, context);
  };
  walk(tree as Node, { char: '' });
}
