// The one file in src/email/ that touches Astro: the briefing's day pages as editions
// with absolute URLs, made once per build, for the email and digest endpoints.
import { loadBriefing, type Briefing } from '../data/load-briefing.ts';
import { absoluteUrl } from '../site/page-meta.ts';
import type { DayPage } from '../site/days.ts';
import { edition, type Edition } from './edition.ts';

export interface DayEdition {
  page: DayPage;
  edition: Edition;
}

const made = new WeakMap<Briefing, DayEdition[]>();

export async function loadEditions(site: URL | undefined): Promise<{ briefing: Briefing; editions: DayEdition[]; url: (path: string) => string }> {
  const briefing = await loadBriefing();
  const url = (path: string) => absoluteUrl(site ?? briefing.site.url, import.meta.env.BASE_URL, path);
  let editions = made.get(briefing);
  if (!editions) {
    const names = new Map(briefing.actors.map((a) => [a.id, a.data.name]));
    const context = { site: briefing.site, dates: briefing.dates, actorName: (id: string) => names.get(id) ?? id, url };
    editions = briefing.dayPages.map((page) => ({ page, edition: edition(page, context) }));
    made.set(briefing, editions);
  }
  return { briefing, editions, url };
}

export function htmlResponse(body: string, type: 'text/html' | 'text/plain'): Response {
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
