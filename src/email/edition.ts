// The email edition of a day as plain data with absolute URLs: what the HTML (MJML) and
// the plain-text renderers both print, so the two parts of one email never disagree.
import { entryPath } from '../pipeline/routes.ts';
import { dayPath, type DayPage } from '../site/days.ts';
import { dayHeadline, daySummary } from '../site/day-text.ts';
import type { DateFormatter } from '../site/format-date.ts';
import { claimStatusLabel } from '../site/labels.ts';
import { externalHref } from '../site/page-meta.ts';

export const emailPath = (day: string, extension: 'html' | 'txt') => `/email/${day}.${extension}`;
export const LATEST_EMAIL_PATH = '/email/latest.html';

/**
 * How many of the newest days get an email edition. An edition is for sending on its day;
 * the day page is the archive. Each one costs about 25 ms of MJML in a cold build, so a
 * corpus of four years (the 5,000-item benchmark: ~1,400 days) would add over half a
 * minute for files nobody sends; the digest feed carries 50 days.
 */
export const EMAIL_EDITION_DAYS = 60;

/** The days (newest first in `pages`) that have an email edition. */
export function emailDays(pages: ReadonlyArray<{ date: string }>): Set<string> {
  return new Set(pages.slice(0, EMAIL_EDITION_DAYS).map((page) => page.date));
}

interface Link {
  text: string;
  url: string;
}
export interface Edition {
  headline: string;
  /** The line mail clients show beside the subject. */
  preview: string;
  language: string;
  siteTitle: string;
  homeUrl: string;
  pageUrl: string;
  textUrl: string;
  contact: { name: string; email: string };
  takeaways: Array<{ text: string; link?: Link }>;
  items: Array<{ title: string; url: string; time: string; summary: string; keyPoints: string[] }>;
  changes: Array<{ from: string; to: string; text: string; by: string; item: Link; note?: string }>;
  events: Array<{ time: string; title: string; url: string }>;
  corrections: Array<{ time: string; text: string; item: Link }>;
  previous?: Link;
  next?: Link;
}

export interface EditionContext {
  site: { title: string; language: string; contact: { name: string; email: string } };
  dates: DateFormatter;
  /** Actor id -> display name. */
  actorName: (id: string) => string;
  /** Site path -> absolute URL under the deploy base. */
  url: (path: string) => string;
}

export function edition(page: DayPage, { site, dates, actorName, url }: EditionContext): Edition {
  const item = (id: string) => url(entryPath.articles(id));
  const neighbour = (day: string | undefined) => (day ? { text: dates.day(day), url: url(dayPath(day)) } : undefined);
  const previous = neighbour(page.previous);
  const next = neighbour(page.next);
  return {
    headline: dayHeadline(page.date, dates),
    preview: daySummary(page),
    language: site.language,
    siteTitle: site.title,
    homeUrl: url('/'),
    pageUrl: url(page.path),
    textUrl: url(emailPath(page.date, 'txt')),
    contact: site.contact,
    takeaways: page.takeaways.map((t) => ({
      text: t.text,
      ...(t.item ? { link: { text: t.item.title, url: item(t.item.id) } } : t.source ? { link: { text: 'Source', url: externalHref(t.source) } } : {}),
    })),
    items: page.items.map((i) => ({ title: i.title, url: item(i.id), time: dates.text(i.published), summary: i.summary, keyPoints: i.keyPoints })),
    changes: page.claimChanges.map((c) => ({
      from: claimStatusLabel(c.from),
      to: claimStatusLabel(c.to),
      text: c.text,
      by: actorName(c.by),
      item: { text: c.articleTitle, url: item(c.articleId) },
      ...(c.note ? { note: c.note } : {}),
    })),
    events: page.events.map((e) => ({ time: dates.text(e.date), title: e.title, url: item(e.articleId) })),
    corrections: page.corrections.map((c) => ({ time: dates.text(c.date), text: c.text, item: { text: c.articleTitle, url: item(c.articleId) } })),
    ...(previous ? { previous } : {}),
    ...(next ? { next } : {}),
  };
}
