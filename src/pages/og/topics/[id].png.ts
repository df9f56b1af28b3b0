import { loadBriefing } from '../../../data/load-briefing.ts';
import { topicCard } from '../../../social/card-content.ts';
import { cardPaths, serveCard } from '../../../social/card-route.ts';

export async function getStaticPaths() {
  const { topics, site } = await loadBriefing();
  return cardPaths(topics, (topic) => topicCard(topic, site.title));
}

export const GET = serveCard;
