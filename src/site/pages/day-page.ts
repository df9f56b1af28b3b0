// The day page (/days/<yyyy-mm-dd>/, "What we know on …"): takeaways, items, claim
// changes, events, corrections, the email edition and the neighbouring days, every link
// resolved for the edition. The day's content itself comes from src/site/days.ts.
import { emailDays, emailPath } from '../../email/edition.ts';
import type { ClaimStatus } from '../../pipeline/schema/index.ts';
import type { Briefing } from '../briefing.ts';
import { breadcrumbs, sections, type Crumb } from '../breadcrumbs.ts';
import { indexById } from '../collection-filters.ts';
import { dayHeadline, daySummary } from '../day-text.ts';
import { dayPath, type DayPage } from '../days.ts';
import { externalHref } from '../page-meta.ts';
import type { PageContext, TitledLink } from './page-parts.ts';
import { editionPath, digestFeed, type PageHead } from './page-head.ts';
import { SITE_PATHS } from '../../pipeline/routes.ts';

export interface DayPageModel extends PageContext {
  head: PageHead & { type: 'article' };
  /** The day as src/site/days.ts made it, for the JSON-LD. */
  day: DayPage;
  crumbs: Crumb[];
  date: string;
  /** The day in the edition's date style. */
  dayLabel: string;
  takeaways: Array<{ text: string; item?: TitledLink; sourceHref?: string }>;
  noteHtml?: string;
  items: Array<TitledLink & { published: string; summary: string; keyPoints: string[] }>;
  claimChanges: Array<{
    from: ClaimStatus;
    to: ClaimStatus;
    text: string;
    by: TitledLink;
    /** The item that reported the change; the claim's text is in its language. */
    item: TitledLink;
    note?: string;
    /** The claim's history in the ledger. */
    historyHref: string;
  }>;
  events: Array<{ date: string; item: TitledLink }>;
  corrections: Array<{ date: string; text: string; item: TitledLink }>;
  /** The day's email edition (the newest days have one: src/email/edition.ts). */
  email?: { html: string; txt: string };
  digestHref: string;
  previous?: { href: string; label: string };
  next?: { href: string; label: string };
}

export function dayPage(briefing: Briefing, day: DayPage): DayPageModel {
  const { ui, dates } = briefing;
  const { m } = ui;
  const actors = indexById(briefing.actors);
  const item = (id: string, title: string): TitledLink => ({ ...ui.entry('articles', id), title });
  const neighbour = (date: string) => ({ href: ui.link(dayPath(date)), label: dates.day(date) });
  const dayLabel = dates.day(day.date);
  return {
    head: {
      title: dayHeadline(day.date, dates, m),
      description: daySummary(day, m),
      path: editionPath(ui, day.path),
      type: 'article',
      feeds: [digestFeed(ui)],
    },
    day,
    crumbs: breadcrumbs(sections(m).days, dayLabel, m),
    date: day.date,
    dayLabel,
    takeaways: day.takeaways.map((t) => ({
      text: t.text,
      ...(t.item ? { item: item(t.item.id, t.item.title) } : t.source ? { sourceHref: externalHref(t.source) } : {}),
    })),
    ...(day.noteHtml ? { noteHtml: day.noteHtml } : {}),
    items: day.items.map((entry) => ({ ...item(entry.id, entry.title), published: entry.published, summary: entry.summary, keyPoints: entry.keyPoints })),
    claimChanges: day.claimChanges.map((change) => ({
      from: change.from,
      to: change.to,
      text: change.text,
      by: { ...ui.entry('actors', change.by), title: actors.get(change.by)?.data.name ?? change.by },
      item: item(change.articleId, change.articleTitle),
      ...(change.note ? { note: change.note } : {}),
      historyHref: ui.link(`/claims/#${change.anchor}`),
    })),
    events: day.events.map((event) => ({ date: event.date, item: item(event.articleId, event.title) })),
    corrections: day.corrections.map((c) => ({ date: c.date, text: c.text, item: item(c.articleId, c.articleTitle) })),
    ...(emailDays(briefing.dayPages).has(day.date)
      ? { email: { html: ui.withBase(emailPath(day.date, 'html')), txt: ui.withBase(emailPath(day.date, 'txt')) } }
      : {}),
    digestHref: ui.withBase(SITE_PATHS.digestFeed),
    ...(day.previous ? { previous: neighbour(day.previous) } : {}),
    ...(day.next ? { next: neighbour(day.next) } : {}),
    ui,
    dates,
  };
}
