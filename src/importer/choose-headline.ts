// The headline becomes the title and, through it, the permanent id, so a doubtful one
// is not used: a line that reads like a sentence, a slug in capitals, a line too long or
// too short for a title is reported as a candidate and the title left as a placeholder.
import type { HtmlArticle } from './read-html.ts';

export interface ChosenHeadline {
  text?: string;
  line?: number;
  /** Why a candidate was not used. */
  unsure?: { candidate: string; line: number; why: string };
}

/** Emoji, bullets and arrows that channels put before a headline. */
// eslint-disable-next-line no-misleading-character-class -- a set of single code points (emoji pieces, joiners), never a sequence
const LEADING_MARKS = /^[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F1E6}-\u{1F1FF}•▪►▶→*#\s-]+/u;

function doubt(text: string): string | undefined {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (text.length < 10) return 'too short for a headline';
  if (text.length > 160) return `${text.length} characters, more than a title holds (160)`;
  if (letters.length >= 8 && letters === letters.toUpperCase()) return 'all in capitals, like a slug or a kicker';
  if (/[.!]$/.test(text) && text.split(/\s+/).length > 12) return 'reads like a sentence of the story';
  return undefined;
}

export function chooseHeadline(found: { text: string; line: number } | undefined, html?: HtmlArticle): ChosenHeadline {
  if (html?.headline && !doubt(html.headline)) return { text: html.headline, line: 1 };
  if (!found) return {};
  const text = found.text.replace(LEADING_MARKS, '').trim();
  const why = doubt(text);
  return why ? { unsure: { candidate: found.text, line: found.line, why } } : { text, line: found.line };
}
