// Words as the suggesters compare them: lower case, possessive and plural endings
// folded, function words left out. Crude on purpose: it only has to make "guarantees"
// meet "guarantee" and "Ukraine's" meet "Ukraine".

export interface Token {
  /** The word as written. */
  surface: string;
  /** Folded form for comparison. */
  term: string;
  index: number;
}

const STOPWORDS = new Set(
  `a about above after again against all almost also am among an and any are as at be because been before being below between both but by can could did do does doing down during each either even ever every few for from further had has have having he her here hers him his how i if in into is it its itself just least less like made make many may me might more most much must my neither no nor not now of off on once one only or other our out over own per perhaps quite rather same she should since so some still such than that the their them then there these they this those though through thus to too under until up upon us very was we were what when where whether which while who whom whose why will with within without would yet you your
  said says say told according new also including include includes included whose amid across around another two three first second last next way well part parts back time times day days week weeks month months year years people thing things something anything nothing lot lots far long many several`.split(
    /\s+/,
  ),
);

export function isStopword(term: string): boolean {
  return STOPWORDS.has(term);
}

/** Folds case, possessives and regular plurals: `Guarantees` → `guarantee`, `Ukraine’s` → `ukraine`. */
export function fold(word: string): string {
  let w = word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(?:ches|shes|sses|xes)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  return w;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*['’]?/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(WORD)) out.push({ surface: match[0], term: fold(match[0]), index: match.index });
  return out;
}

/** Content terms of a text: single words and pairs of adjacent content words. */
export function contentTerms(text: string): string[] {
  const terms: string[] = [];
  for (const sentence of text.split(/[.!?;:()\n]+/)) {
    const tokens = tokenize(sentence).map((t) => t.term);
    tokens.forEach((term, i) => {
      if (isStopword(term) || term.length < 3 || /^\d+$/.test(term)) return;
      terms.push(term);
      const next = tokens[i + 1];
      if (next && !isStopword(next) && next.length >= 3) terms.push(`${term} ${next}`);
    });
  }
  return terms;
}
