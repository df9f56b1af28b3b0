// The one file in src/email/ that touches Astro: the briefing's day pages as editions
// with absolute URLs, made once per build, for the email and digest endpoints.
import { loadBriefing, type Briefing } from '../data/load-briefing.ts';
import { absoluteUrl } from '../site/page-meta.ts';
import { contentKey } from '../site/page-keys.ts';
import type { DayPage } from '../site/days.ts';
import { edition, EMAIL_EDITION_DAYS, type Edition } from './edition.ts';

export interface DayEdition {
  page: DayPage;
  edition: Edition;
}

const made = new WeakMap<Briefing, DayEdition[]>();

export async function loadEditions(): Promise<{ briefing: Briefing; editions: DayEdition[]; url: (path: string) => string }> {
  const briefing = await loadBriefing();
  // The configured site (SITE_URL or site.yaml): getStaticPaths has no Astro.site to ask.
  const url = (path: string) => absoluteUrl(import.meta.env.SITE ?? briefing.site.url, import.meta.env.BASE_URL, path);
  let editions = made.get(briefing);
  if (!editions) {
    const names = new Map(briefing.actors.map((a) => [a.id, a.data.name]));
    const context = { site: briefing.site, dates: briefing.dates, actorName: (id: string) => names.get(id) ?? id, url };
    editions = briefing.dayPages.slice(0, EMAIL_EDITION_DAYS).map((page) => ({ page, edition: edition(page, context) }));
    made.set(briefing, editions);
  }
  return { briefing, editions, url };
}

/** getStaticPaths of the per-day email files, keyed by the edition they print (incremental builds). */
export async function editionPaths() {
  const { editions } = await loadEditions();
  return editions.map((day) => ({ params: { date: day.page.date }, props: { day }, cacheKey: contentKey(day.edition) }));
}

export function htmlResponse(body: string, type: 'text/html' | 'text/plain'): Response {
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
