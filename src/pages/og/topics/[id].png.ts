import type { APIRoute } from 'astro';
import { loadBriefing } from '../../../data/load-briefing.ts';
import { contentKey } from '../../../site/page-keys.ts';
import { cardPng } from '../../../social/card-cache.ts';
import { topicCard } from '../../../social/card-content.ts';
import type { CardContent } from '../../../social/card-layout.ts';
import { warnMissing } from '../../../social/render-card.ts';

export async function getStaticPaths() {
  const { topics, site } = await loadBriefing();
  return topics.map((topic) => {
    const card = topicCard(topic, site.title);
    return { params: { id: topic.id }, props: { card }, cacheKey: contentKey(card) };
  });
}

export const GET: APIRoute<{ card: CardContent }, { id: string }> = async ({ props, params }) => {
  const png = await cardPng(props.card, warnMissing(params.id));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
