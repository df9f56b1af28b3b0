// The day pages ("What we know on 18 August 2025"): for every day with news in the site's
// time zone, that day's items with their key points, claim status changes, events and
// corrections, plus the editor's takeaways from content/days/. Only public items count:
// visibility.ts decides, so drafts, scheduled (and withdrawn) items never reach a digest.
import { SITE_PATHS } from '../pipeline/routes.ts';
import { visibility } from '../pipeline/visibility.ts';
import { dateValue } from '../pipeline/schema/primitives.ts';
import type { ClaimReport, LedgerClaim } from './claim-ledger.ts';
import { dayKey, dayOfInstant } from './day-key.ts';
import type { DayPage } from './day-page.ts';
import type { ArticleEntry, DayEntry } from './types.ts';

export type * from './day-page.ts';

export const DAYS_PATH = SITE_PATHS.days;
export const dayPath = (day: string) => `${DAYS_PATH}${day}/`;

export interface DaysInput {
  articles: readonly ArticleEntry[];
  /** Every claim across items (claimLedger); reports of hidden items are left out here. */
  ledger: readonly LedgerClaim[];
  notes: readonly DayEntry[];
  timeZone: string;
  /** The build's "now" (buildTime()): days after today are not shown yet. */
  now: number;
}

type NotedReport = ClaimReport & { note?: string };

function empty(date: string): DayPage {
  return { date, path: dayPath(date), takeaways: [], items: [], claimChanges: [], events: [], corrections: [], firstDate: date, lastDate: date };
}

const byDate = <T extends { date: string }>(a: T, b: T) => dateValue(a.date) - dateValue(b.date);

/** Every day with news, newest first. */
export function dayPages({ articles, ledger, notes, timeZone, now }: DaysInput): DayPage[] {
  const today = dayOfInstant(now, timeZone);
  const shown = articles.filter((article) => visibility(article.data, now) === 'public');
  const titles = new Map(shown.map((a) => [a.id, a.data.title]));
  const days = new Map<string, DayPage>();
  const dayOf = (iso: string) => {
    const key = dayKey(iso, timeZone);
    if (key > today) return undefined;
    let page = days.get(key);
    if (!page) days.set(key, (page = empty(key)));
    return page;
  };
  const dated: Array<[DayPage, string]> = [];
  for (const { id, data } of shown) {
    const page = dayOf(data.published);
    page?.items.push({ id, title: data.title, summary: data.summary, published: data.published, keyPoints: [...(data.keyPoints ?? [])] });
    if (page) dated.push([page, data.published]);
    for (const event of data.events ?? []) dayOf(event.date)?.events.push({ date: event.date, title: event.title, articleId: id });
    for (const correction of data.corrections ?? []) {
      const day = dayOf(correction.date);
      day?.corrections.push({ date: correction.date, text: correction.text, articleId: id, articleTitle: data.title });
      if (day) dated.push([day, correction.date]);
    }
  }
  for (const claim of ledger) {
    const reports = claim.reports.filter((report) => titles.has(report.articleId)) as NotedReport[];
    for (let i = 1; i < reports.length; i++) {
      const before = reports[i - 1]!;
      const after = reports[i]!;
      if (before.status === after.status) continue;
      const page = dayOf(after.date);
      page?.claimChanges.push({
        anchor: claim.anchor,
        text: after.text,
        by: claim.by,
        from: before.status,
        to: after.status,
        date: after.date,
        articleId: after.articleId,
        articleTitle: after.articleTitle,
        ...(after.note ? { note: after.note } : {}),
      });
    }
  }
  for (const note of notes) {
    const page = dayOf(note.id);
    if (!page) continue;
    page.takeaways = note.data.takeaways.map((t) => ({
      text: t.text,
      ...(t.item && titles.has(t.item) ? { item: { id: t.item, title: titles.get(t.item)! } } : {}),
      ...(t.source ? { source: t.source } : {}),
    }));
    if (note.rendered?.html.trim()) page.noteHtml = note.rendered.html;
  }
  const stamps = new Map<DayPage, string[]>();
  for (const [page, iso] of dated) stamps.set(page, [...(stamps.get(page) ?? []), iso]);
  for (const [page, list] of stamps) {
    const sorted = list.sort((x, y) => dateValue(x) - dateValue(y) || x.localeCompare(y));
    page.firstDate = sorted[0]!;
    page.lastDate = sorted[sorted.length - 1]!;
  }
  const pages = [...days.values()].sort((a, b) => b.date.localeCompare(a.date));
  pages.forEach((page, i) => {
    page.items.sort((a, b) => dateValue(b.published) - dateValue(a.published) || a.id.localeCompare(b.id));
    page.claimChanges.sort((a, b) => byDate(a, b) || a.anchor.localeCompare(b.anchor));
    page.events.sort((a, b) => byDate(a, b) || a.title.localeCompare(b.title));
    page.corrections.sort((a, b) => byDate(a, b) || a.articleId.localeCompare(b.articleId));
    if (i + 1 < pages.length) page.previous = pages[i + 1]!.date;
    if (i > 0) page.next = pages[i - 1]!.date;
  });
  return pages;
}
