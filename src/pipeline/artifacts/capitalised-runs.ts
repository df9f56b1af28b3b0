// Runs of capitalised words inside running text ("Steve Witkoff", "North Atlantic
// Treaty", "U.S."): the raw material for the unknown-name list and the artifact check.
// Name particles (von, der, de, al) may sit inside a run.

export interface Run {
  words: string[];
  text: string;
  start: number;
  end: number;
  /** True when the run opens a sentence, where any word is capitalised. */
  sentenceStart: boolean;
  /** The word just before the run, if any. */
  before?: string;
  /** The word or mark just after the run, if any. */
  after?: string;
}

const WORD = /[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*\.?(?:['’]s)?/gu;
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'la', 'le', 'al', 'bin', 'ibn']);

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) || /^\d+(?:\.\d+)?$/.test(word);
}

/** Strips a possessive: `Ukraine’s` → `Ukraine`. */
export function bare(word: string): string {
  return word.replace(/['’]s$/, '');
}

export function capitalisedRuns(text: string): Run[] {
  const tokens = [...text.matchAll(WORD)].map((m) => {
    // "Ukraine." ends a sentence; "U.S." and "J." are abbreviations and keep their dots.
    const word = /^[\p{L}\p{N}'’-]{2,}\.$/u.test(m[0]) ? m[0].slice(0, -1) : m[0];
    return { word, start: m.index, end: m.index + word.length };
  });
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (!/^\p{Lu}/u.test(token.word)) {
      i++;
      continue;
    }
    let j = i + 1;
    // Extend while the next word is capitalised (or a number after a capitalised word, as
    // in "Article 5"), or a particle followed by a capitalised word, with only a space
    // between them.
    while (j < tokens.length) {
      const gap = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
      if (gap !== ' ' || /['’]s$/.test(tokens[j - 1]!.word)) break;
      const next = tokens[j]!.word;
      if (isCapitalised(next)) j++;
      else if (PARTICLES.has(next) && tokens[j + 1] && /^\p{Lu}/u.test(tokens[j + 1]!.word) && text.slice(tokens[j]!.end, tokens[j + 1]!.start) === ' ') j += 2;
      else break;
    }
    const words = tokens.slice(i, j).map((t) => t.word);
    const start = token.start;
    const end = tokens[j - 1]!.end;
    const prefix = text.slice(0, start).trimEnd();
    const sentenceStart = prefix === '' || /[.!?:"“‘(—–-]$/.test(prefix);
    const before = i > 0 ? tokens[i - 1]!.word : undefined;
    const afterMatch = /^\s*([\p{L}\p{N}]+|[^\s\p{L}\p{N}])/u.exec(text.slice(end));
    runs.push({
      words,
      text: text.slice(start, end),
      start,
      end,
      sentenceStart,
      ...(before ? { before } : {}),
      ...(afterMatch ? { after: afterMatch[1] } : {}),
    });
    i = j;
  }
  return runs;
}
