// What each kind of page says on its card, in the page's language.
import type { CardContent } from './card-layout.ts';

/** The words a card adds to the editor's text. */
export interface CardWords {
  whereItStands: string;
  /** `Claim now: UNCONFIRMED · was CLAIMED`. */
  claimNow: (now: string, was: string) => string;
  /** `Claim: CONFIRMED`. */
  claim: (now: string) => string;
}

const WORDS: Record<string, CardWords> = {
  en: { whereItStands: 'Where it stands', claimNow: (now, was) => `Claim now: ${now} · was ${was}`, claim: (now) => `Claim: ${now}` },
  uk: { whereItStands: 'Стан справ', claimNow: (now, was) => `Заява тепер: ${now} · було: ${was}`, claim: (now) => `Заява: ${now}` },
};

/** Card words for a BCP 47 tag; English for a language without its own. */
export function cardWords(language: string): CardWords {
  return WORDS[language.split('-')[0]!.toLowerCase()] ?? WORDS.en!;
}

interface Named {
  id: string;
  data: { title: string };
}

export function articleCard(
  article: { data: { title: string; summary: string; published: string; topics: string[] } },
  topics: readonly Named[],
  siteTitle: string,
  day: (iso: string) => string,
  /** The item's claim status line as of now (see claimStatusLine), if it reports claims. */
  status?: string,
): CardContent {
  const titles = new Map(topics.map((topic) => [topic.id, topic.data.title]));
  return {
    kicker: article.data.topics.map((id) => titles.get(id) ?? id).join(' · '),
    title: article.data.title,
    text: article.data.summary,
    footer: siteTitle,
    date: day(article.data.published),
    ...(status ? { status } : {}),
  };
}

/**
 * What a card says about an item's claims: the first claim that moved since the item was
 * published (`Claim now: UNCONFIRMED · was CLAIMED`), else its first claim's status now.
 */
export function claimStatusLine(claims: ReadonlyArray<{ status: string; reportedHere: string }>, words: CardWords = cardWords('en')): string | undefined {
  const moved = claims.find((claim) => claim.status !== claim.reportedHere);
  if (moved) return words.claimNow(moved.status.toUpperCase(), moved.reportedHere.toUpperCase());
  const first = claims[0];
  return first ? words.claim(first.status.toUpperCase()) : undefined;
}

export function topicCard(topic: { data: { title: string; status: string } }, siteTitle: string, words: CardWords = cardWords('en')): CardContent {
  return { kicker: words.whereItStands, title: topic.data.title, text: topic.data.status, footer: siteTitle };
}
