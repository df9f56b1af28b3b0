import type { APIRoute } from 'astro';
import { loadBriefing } from '../data/load-briefing.ts';
import { buildTime } from '../pipeline/visibility.ts';
import { absoluteUrl } from '../site/page-meta.ts';
import { newsSitemap } from '../sitemap/news-sitemap.ts';

export const GET: APIRoute = async ({ site }) => {
  const briefing = await loadBriefing();
  const xml = newsSitemap({
    articles: briefing.articles,
    name: briefing.site.title,
    language: briefing.site.language,
    url: (path) => absoluteUrl(site ?? briefing.site.url, import.meta.env.BASE_URL, path),
    now: buildTime(),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
