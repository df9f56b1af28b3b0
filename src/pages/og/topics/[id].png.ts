import type { APIRoute } from 'astro';
import { loadBriefing } from '../../../data/load-briefing.ts';
import { topicCard } from '../../../social/card-content.ts';
import { cardPng } from '../../../social/card-cache.ts';
import { warnMissing } from '../../../social/render-card.ts';

export async function getStaticPaths() {
  const briefing = await loadBriefing();
  return briefing.topics.map((topic) => ({ params: { id: topic.id }, props: { topic } }));
}

export const GET: APIRoute<{ topic: Awaited<ReturnType<typeof loadBriefing>>['topics'][number] }> = async ({ props }) => {
  const { site } = await loadBriefing();
  const png = await cardPng(topicCard(props.topic, site.title), warnMissing(props.topic.id));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
