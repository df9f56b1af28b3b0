// The few words the render steps write into a body (accessible labels, never visible
// text), per base language. The pipeline cannot read the site's message catalogues
// (it imports neither src/site nor astro), so the words it needs live here.

export interface RenderWords {
  /** The aria-label of a heading's "#" link. */
  sectionTitled: (text: string) => string;
  /** The aria-label of the scroll box round the nth table of a body. */
  table: (n: number) => string;
}

const en: RenderWords = {
  sectionTitled: (text) => `Section titled “${text}”`,
  table: (n) => `Table ${n}`,
};

const uk: RenderWords = {
  sectionTitled: (text) => `Розділ «${text}»`,
  table: (n) => `Таблиця ${n}`,
};

const WORDS: Record<string, RenderWords> = { en, uk };

/** The words of a language tag's base language ("uk-UA" → uk); English when unknown or absent. */
export function renderWords(language?: string): RenderWords {
  const base = language?.toLowerCase().split('-')[0];
  return (base !== undefined && Object.hasOwn(WORDS, base) ? WORDS[base] : undefined) ?? en;
}
