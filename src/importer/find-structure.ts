// Second pass: the kept lines become a headline and blocks of Markdown. Wire copy puts
// one paragraph on a line; a short line without final punctuation is a heading; bullet
// and number markers make a list; a hard-wrapped paragraph is joined back together.
import type { ClassifiedLine } from './classify-lines.ts';

export type Block =
  | { kind: 'heading'; text: string; line: number }
  | { kind: 'paragraph'; text: string; line: number; lines: number[] }
  | { kind: 'list'; ordered: boolean; items: Array<{ text: string; line: number }>; line: number };

export interface Structure {
  headline?: { text: string; line: number };
  blocks: Block[];
}

const LIST_ITEM = /^\s*(?:([-*•·▪◦–—])|(\d{1,2})[.)])\s+(.+)$/;
const MAX_HEADING_LENGTH = 100;
const MAX_HEADING_WORDS = 14;

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** Share of the longer words that start with a capital: headlines are often title case. */
function titleCaseShare(text: string): number {
  const long = words(text).filter((w) => /^[\p{L}]{4,}/u.test(w));
  if (!long.length) return 0;
  return long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length;
}

export function isHeadingLine(text: string): boolean {
  if (text.length > MAX_HEADING_LENGTH || words(text).length > MAX_HEADING_WORDS) return false;
  if (!/^[\p{Lu}\p{N}"“‘'(]/u.test(text)) return false;
  if (LIST_ITEM.test(text)) return false;
  // A question can be a heading when it is written in title case.
  if (/\?["”’]?$/.test(text)) return titleCaseShare(text) >= 0.6;
  return !/[.,;:!…"”’)\]]$/.test(text);
}

export function isHeadline(text: string): boolean {
  return text.length >= 10 && text.length <= 200 && words(text).length <= 30 && !LIST_ITEM.test(text) && !/[.,;:]$/.test(text);
}

const ENDS_SENTENCE = /[.!?…:"”’)\]]$/;

export function findStructure(lines: ClassifiedLine[]): Structure {
  const structure: Structure = { blocks: [] };
  let adjacent = false;
  for (const entry of lines) {
    if (entry.kind === 'blank') {
      adjacent = false;
      continue;
    }
    if (entry.kind !== 'text') continue; // junk and metadata do not break a paragraph
    const text = entry.text.trim().replace(/\s+/g, ' ');
    const last = structure.blocks[structure.blocks.length - 1];
    const item = LIST_ITEM.exec(text);
    if (!structure.headline && !structure.blocks.length && isHeadline(text)) {
      structure.headline = { text, line: entry.line };
    } else if (item) {
      const ordered = item[2] !== undefined;
      if (last?.kind === 'list' && last.ordered === ordered) last.items.push({ text: item[3]!, line: entry.line });
      else structure.blocks.push({ kind: 'list', ordered, items: [{ text: item[3]!, line: entry.line }], line: entry.line });
    } else if ((last?.kind === 'paragraph' || last?.kind === 'heading') && adjacent && !ENDS_SENTENCE.test(last.text) && /^\p{Ll}/u.test(text)) {
      // A hard wrap: the line before stopped mid-sentence and this one carries on (a
      // short first line looked like a heading until now).
      const lines = last.kind === 'paragraph' ? last.lines : [last.line];
      structure.blocks[structure.blocks.length - 1] = { kind: 'paragraph', text: `${last.text} ${text}`, line: last.line, lines: [...lines, entry.line] };
    } else if (isHeadingLine(text)) {
      structure.blocks.push({ kind: 'heading', text, line: entry.line });
    } else {
      structure.blocks.push({ kind: 'paragraph', text, line: entry.line, lines: [entry.line] });
    }
    adjacent = true;
  }
  // A heading with nothing after it is a stray line (a caption, a teaser): keep it as text.
  const lastBlock = structure.blocks[structure.blocks.length - 1];
  if (lastBlock?.kind === 'heading')
    structure.blocks[structure.blocks.length - 1] = { kind: 'paragraph', text: lastBlock.text, line: lastBlock.line, lines: [lastBlock.line] };
  return structure;
}
