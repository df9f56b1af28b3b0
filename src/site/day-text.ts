// The words a day is announced with, shared by the day page, its index, the email
// edition and the digest feed, so all of them name a day the same way.
import type { DayPage } from './days.ts';
import type { DateFormatter } from './format-date.ts';
import { en, type Messages } from './i18n/messages/en.ts';

/** "What we know on 18 August 2025", in the site's date style. */
export function dayHeadline(date: string, dates: Pick<DateFormatter, 'day'>, m: Pick<Messages, 'days'> = en): string {
  return m.days.headline(dates.day(date));
}

/** One line saying what a day holds, for the index, meta descriptions and feeds. */
export function daySummary(page: DayPage, m: Pick<Messages, 'days'> = en): string {
  const w = m.days.summary;
  const count = (n: number, words: (n: number) => string) => (n === 0 ? [] : [words(n)]);
  const parts = [
    ...count(page.items.length, w.items),
    ...count(page.claimChanges.length, w.changes),
    ...count(page.events.length, w.events),
    ...count(page.corrections.length, w.corrections),
  ];
  const lead = page.takeaways[0]?.text ?? page.items[0]?.title;
  return [lead, parts.join(', ')].filter(Boolean).join(' · ') || w.empty;
}

/** The same line in two parts, so a page can mark the lead's language: the editor's takeaway, or the first item's id. */
export function daySummaryParts(page: DayPage, m: Pick<Messages, 'days'> = en): { lead?: string; itemId?: string; rest: string } {
  const takeaway = page.takeaways[0]?.text;
  const item = takeaway === undefined ? page.items[0] : undefined;
  const lead = takeaway ?? item?.title;
  const all = daySummary(page, m);
  if (!lead) return { rest: all };
  return { lead, ...(item ? { itemId: item.id } : {}), rest: all.slice(lead.length) };
}
