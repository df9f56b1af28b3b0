import type { APIRoute } from 'astro';
import { loadBriefing } from '../../../data/load-briefing.ts';
import { articleCard } from '../../../social/card-content.ts';
import { cardPng } from '../../../social/card-cache.ts';
import { warnMissing } from '../../../social/render-card.ts';

export async function getStaticPaths() {
  const briefing = await loadBriefing();
  return briefing.articles.map((article) => ({ params: { id: article.id }, props: { article } }));
}

export const GET: APIRoute<{ article: Awaited<ReturnType<typeof loadBriefing>>['articles'][number] }> = async ({ props }) => {
  const { site, topics, dates } = await loadBriefing();
  const png = await cardPng(articleCard(props.article, topics, site.title, dates.day), warnMissing(props.article.id));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
