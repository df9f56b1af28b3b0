import type { APIRoute } from 'astro';
import { loadBriefing } from '../../../data/load-briefing.ts';
import { contentKey } from '../../../site/page-keys.ts';
import { cardPng } from '../../../social/card-cache.ts';
import { articleCard } from '../../../social/card-content.ts';
import type { CardContent } from '../../../social/card-layout.ts';
import { warnMissing } from '../../../social/render-card.ts';

export async function getStaticPaths() {
  const { articles, site, topics, dates } = await loadBriefing();
  return articles.map((article) => {
    const card = articleCard(article, topics, site.title, dates.day);
    // The card is a function of what it shows: an unchanged card is copied, not drawn.
    return { params: { id: article.id }, props: { card }, cacheKey: contentKey(card) };
  });
}

export const GET: APIRoute<{ card: CardContent }, { id: string }> = async ({ props, params }) => {
  const png = await cardPng(props.card, warnMissing(params.id));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
