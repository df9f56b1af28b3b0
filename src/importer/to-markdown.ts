// Blocks to Markdown. Wire text is escaped so that a stray `*`, `_`, `<` or a line
// starting with `1.` stays text; the draft records on which draft line each input line
// ended up, so warnings can point at both.
import type { Block } from './find-structure.ts';

export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#>+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

export interface MarkdownBody {
  markdown: string;
  /** Input line → line within the body (1-based). */
  lineMap: Map<number, number>;
}

export function toMarkdown(blocks: Block[]): MarkdownBody {
  const out: string[] = [];
  const lineMap = new Map<number, number>();
  for (const block of blocks) {
    if (out.length) out.push('');
    if (block.kind === 'heading') {
      lineMap.set(block.line, out.length + 1);
      out.push(`## ${escapeMarkdown(block.text).replace(/^\\([#>+=-])/, '$1')}`);
    } else if (block.kind === 'paragraph') {
      for (const line of block.lines) lineMap.set(line, out.length + 1);
      out.push(escapeMarkdown(block.text));
    } else {
      block.items.forEach((item, i) => {
        lineMap.set(item.line, out.length + 1);
        out.push(`${block.ordered ? `${i + 1}.` : '-'} ${escapeMarkdown(item.text)}`);
      });
    }
  }
  return { markdown: out.join('\n'), lineMap };
}
