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

export interface TimelineDay {
  /** `2025-08-17`, the calendar day in the site's zone. */
  key: string;
  label: string;
  entries: TimelineEntry[];
}

/**
 * The timeline as readers scan it: newest day first; inside a day what happened (events)
 * before the items that reported it, each newest first.
 */
export function timelineByDay(entries: readonly TimelineEntry[], dayOf: (iso: string) => { key: string; label: string }): TimelineDay[] {
  const days = new Map<string, TimelineDay>();
  for (const entry of entries) {
    const { key, label } = dayOf(entry.date);
    let day = days.get(key);
    if (!day) days.set(key, (day = { key, label, entries: [] }));
    day.entries.push(entry);
  }
  const kindOrder = { event: 0, item: 1 } as const;
  return [...days.values()]
    .sort((a, b) => b.key.localeCompare(a.key))
    .map((day) => ({ ...day, entries: day.entries.sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || dateValue(b.date) - dateValue(a.date) || a.title.localeCompare(b.title)) }));
}
