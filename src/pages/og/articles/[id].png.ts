import type { APIRoute } from 'astro';
import { loadBriefing } from '../../../data/load-briefing.ts';
import { contentKey } from '../../../site/page-keys.ts';
import { articleCard } from '../../../social/card-content.ts';
import { card as drawnCard, drawAhead } from '../../../social/card-drawer.ts';
import type { CardContent } from '../../../social/card-layout.ts';
import { warnMissing } from '../../../social/render-card.ts';

export async function getStaticPaths() {
  const { articles, site, topics, dates } = await loadBriefing();
  const paths = articles.map((article) => {
    const card = articleCard(article, topics, site.title, dates.day);
    // The card is a function of what it shows: an unchanged card is copied, not drawn.
    return { params: { id: article.id }, props: { card }, cacheKey: contentKey(card) };
  });
  // In a build, cards not drawn before are drawn on worker threads while the pages
  // render; `astro dev` draws only the cards that are asked for.
  if (!import.meta.env.DEV) drawAhead(paths.map((path) => path.props.card));
  return paths;
}

export const GET: APIRoute<{ card: CardContent }, { id: string }> = async ({ props, params }) => {
  const png = await drawnCard(props.card, warnMissing(params.id));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
