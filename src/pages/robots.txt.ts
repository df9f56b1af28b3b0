import type { APIRoute } from 'astro';
import { loadBriefing } from '../data/load-briefing.ts';
import { robotsTxt } from '../sitemap/robots.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(
    robotsTxt(
      site?.href ?? 'https://example.org',
      import.meta.env.BASE_URL,
      (await loadBriefing()).site.languages.map((l) => l.code),
    ),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
