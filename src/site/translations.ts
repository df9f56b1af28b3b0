// The second edition's view of an item: the translation's text over the original's facts,
// and whether the original changed after the translation was made (its `updated` date or
// a correction later than `translated`), so the page can say so and link the original.
import { mayPostdate } from '../pipeline/schema/primitives.ts';
import type { ArticleData, TranslationEntry } from './types.ts';

export type TranslatableKind = 'articles' | 'topics' | 'actors' | 'pages';

/** Translations of one language, looked up by the kind and id of their original. */
export function translationIndex(translations: readonly TranslationEntry[], language: string): Map<string, TranslationEntry> {
  const index = new Map<string, TranslationEntry>();
  for (const entry of translations) if (entry.data.language === language) index.set(`${entry.data.kind}/${entry.data.original}`, entry);
  return index;
}

export interface Staleness {
  /** The original's own `updated`, when it is later than the translation. */
  updated?: string;
  /** Corrections made to the original after the translation. */
  corrections: { date: string; text: string }[];
}

/** What changed in the original since `translated`; undefined when the translation is current. */
export function staleness(
  original: { updated?: string | undefined; corrections?: { date: string; text: string }[] | undefined },
  translated: string,
): Staleness | undefined {
  // A bare `translated` date cannot order changes within its day: those count, update and
  // corrections alike, so the notice never says "changed" without saying what.
  const updated = original.updated && mayPostdate(original.updated, translated) ? original.updated : undefined;
  const corrections = (original.corrections ?? []).filter((c) => mayPostdate(c.date, translated));
  if (!updated && corrections.length === 0) return undefined;
  return { ...(updated ? { updated } : {}), corrections };
}

interface ArticleText {
  title?: string;
  summary?: string;
  keyPoints?: string[];
  claims?: { id?: string; text: string }[];
  events?: string[];
  corrections?: string[];
}

/**
 * The original article with the translated text laid over it: claims by id or position,
 * lists by position; whatever the translation leaves out stays in the original's words,
 * and `untranslated` names those fields so the page can mark them with their language.
 */
export function localiseArticle(original: ArticleData, text: ArticleText): { data: ArticleData; untranslated: string[] } {
  const untranslated: string[] = [];
  const byPosition = <T>(list: T[] | undefined, names: string[] | undefined, key: string, apply: (item: T, name: string) => T): T[] | undefined => {
    if (!list) return list;
    if ((names?.length ?? 0) < list.length) untranslated.push(key);
    return list.map((item, i) => (names?.[i] !== undefined ? apply(item, names[i]!) : item));
  };
  const claimText = new Map<string, string>();
  const positional: string[] = [];
  (text.claims ?? []).forEach((c, i) => (c.id ? claimText.set(c.id, c.text) : (positional[i] = c.text)));
  const claims = original.claims?.map((claim, i) => {
    const translatedText = (claim.id ? claimText.get(claim.id) : undefined) ?? positional[i];
    if (translatedText === undefined) {
      if (!untranslated.includes('claims')) untranslated.push('claims');
      return claim;
    }
    return { ...claim, text: translatedText };
  });
  const data: ArticleData = {
    ...original,
    title: text.title ?? original.title,
    summary: text.summary ?? original.summary,
    ...(original.keyPoints ? { keyPoints: byPosition(original.keyPoints, text.keyPoints, 'keyPoints', (_, t) => t) } : {}),
    ...(claims ? { claims } : {}),
    ...(original.events ? { events: byPosition(original.events, text.events, 'events', (e, t) => ({ ...e, title: t })) } : {}),
    ...(original.corrections ? { corrections: byPosition(original.corrections, text.corrections, 'corrections', (c, t) => ({ ...c, text: t })) } : {}),
  };
  return { data, untranslated };
}
