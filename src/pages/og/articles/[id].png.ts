import { loadBriefing } from '../../../data/load-briefing.ts';
import { articleCard } from '../../../social/card-content.ts';
import { cardPaths, serveCard } from '../../../social/card-route.ts';

export async function getStaticPaths() {
  const { articles, site, topics, dates } = await loadBriefing();
  return cardPaths(articles, (article) => articleCard(article, topics, site.title, dates.day));
}

export const GET = serveCard;
