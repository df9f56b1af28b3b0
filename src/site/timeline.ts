// The timeline: editors' events and the items themselves, in date order (oldest first),
// optionally narrowed to one topic.
import { dateValue } from '../pipeline/schema/primitives.ts';
import type { ArticleData, ArticleEntry } from './types.ts';

export interface TimelineEntry {
  kind: 'event' | 'item';
  date: string;
  title: string;
  topics: string[];
  /** The item that reports the event, or the item itself. */
  articleId: string;
  articleTitle: string;
  visibility: ArticleData['visibility'];
}

export function timeline(articles: readonly ArticleEntry[], topic?: string): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const { id, data } of articles) {
    const common = { articleId: id, articleTitle: data.title, visibility: data.visibility };
    entries.push({ kind: 'item', date: data.published, title: data.title, topics: [...data.topics], ...common });
    for (const event of data.events ?? []) {
      entries.push({ kind: 'event', date: event.date, title: event.title, topics: [...(event.topics ?? data.topics)], ...common });
    }
  }
  const kindOrder = { event: 0, item: 1 } as const;
  return entries
    .filter((entry) => !topic || entry.topics.includes(topic))
    .sort((a, b) => dateValue(a.date) - dateValue(b.date) || kindOrder[a.kind] - kindOrder[b.kind] || a.title.localeCompare(b.title) || a.articleId.localeCompare(b.articleId));
}
