// The words a day is announced with, shared by the day page, its index, the email
// edition and the digest feed, so all of them name a day the same way.
import type { DayPage } from './days.ts';
import type { DateFormatter } from './format-date.ts';

/** "What we know on 18 August 2025", in the site's date style. */
export function dayHeadline(date: string, dates: Pick<DateFormatter, 'day'>): string {
  return `What we know on ${dates.day(date)}`;
}

/** One line saying what a day holds, for the index, meta descriptions and feeds. */
export function daySummary(page: DayPage): string {
  const count = (n: number, one: string, many: string) => (n === 0 ? [] : [`${n} ${n === 1 ? one : many}`]);
  const parts = [
    ...count(page.items.length, 'item', 'items'),
    ...count(page.claimChanges.length, 'claim status change', 'claim status changes'),
    ...count(page.events.length, 'event', 'events'),
    ...count(page.corrections.length, 'correction', 'corrections'),
  ];
  const lead = page.takeaways[0]?.text ?? page.items[0]?.title;
  return [lead, parts.join(', ')].filter(Boolean).join(' · ') || 'The day in the briefing.';
}
