import { loadBriefing } from '../../../../data/load-briefing.ts';
import { cardPaths, serveCard } from '../../../../social/card-route.ts';
import { editionCardInputs } from '../../../../social/edition-card-input.ts';
import { editionArticleCards } from '../../../../social/edition-cards.ts';

export async function getStaticPaths() {
  return editionCardInputs(await loadBriefing()).flatMap((input) => cardPaths(editionArticleCards(input), (entry) => entry.card, { lang: input.language }));
}

export const GET = serveCard;
