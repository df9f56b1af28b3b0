// What each kind of page says on its card.
import type { CardContent } from './card-layout.ts';

interface Named {
  id: string;
  data: { title: string };
}

export function articleCard(
  article: { data: { title: string; summary: string; published: string; topics: string[] } },
  topics: Named[],
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
export function claimStatusLine(claims: ReadonlyArray<{ status: string; reportedHere: string }>): string | undefined {
  const moved = claims.find((claim) => claim.status !== claim.reportedHere);
  if (moved) return `Claim now: ${moved.status.toUpperCase()} · was ${moved.reportedHere.toUpperCase()}`;
  const first = claims[0];
  return first ? `Claim: ${first.status.toUpperCase()}` : undefined;
}

export function topicCard(topic: { data: { title: string; status: string } }, siteTitle: string): CardContent {
  return { kicker: 'Where it stands', title: topic.data.title, text: topic.data.status, footer: siteTitle };
}
