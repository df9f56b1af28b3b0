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
): CardContent {
  const titles = new Map(topics.map((topic) => [topic.id, topic.data.title]));
  return {
    kicker: article.data.topics.map((id) => titles.get(id) ?? id).join(' · '),
    title: article.data.title,
    text: article.data.summary,
    footer: siteTitle,
    date: day(article.data.published),
  };
}

export function topicCard(topic: { data: { title: string; status: string } }, siteTitle: string): CardContent {
  return { kicker: 'Where it stands', title: topic.data.title, text: topic.data.status, footer: siteTitle };
}
