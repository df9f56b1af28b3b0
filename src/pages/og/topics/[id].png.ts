import type { APIRoute } from 'astro';
import { loadBriefing } from '../../../data/load-briefing.ts';
import { contentKey } from '../../../site/page-keys.ts';
import { topicCard } from '../../../social/card-content.ts';
import { card as drawnCard, drawAhead } from '../../../social/card-drawer.ts';
import type { CardContent } from '../../../social/card-layout.ts';
import { warnMissing } from '../../../social/render-card.ts';

export async function getStaticPaths() {
  const { topics, site } = await loadBriefing();
  const paths = topics.map((topic) => {
    const card = topicCard(topic, site.title);
    return { params: { id: topic.id }, props: { card }, cacheKey: contentKey(card) };
  });
  if (!import.meta.env.DEV) drawAhead(paths.map((path) => path.props.card));
  return paths;
}

export const GET: APIRoute<{ card: CardContent }, { id: string }> = async ({ props, params }) => {
  const png = await drawnCard(props.card, warnMissing(params.id));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
