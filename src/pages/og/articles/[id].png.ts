import { loadBriefing } from '../../../data/load-briefing.ts';
import { claimsInArticle } from '../../../site/claim-ledger.ts';
import { claimStatusLabel } from '../../../site/labels.ts';
import { articleCard, claimStatusLine } from '../../../social/card-content.ts';
import { cardPaths, serveCard } from '../../../social/card-route.ts';

export async function getStaticPaths() {
  const { articles, site, topics, dates, ledger } = await loadBriefing();
  return cardPaths(articles, (article) => {
    const claims = claimsInArticle(ledger, article.id).map((claim) => ({
      status: claimStatusLabel(claim.status),
      reportedHere: claimStatusLabel(claim.reports.findLast((r) => r.articleId === article.id)?.status ?? claim.status),
    }));
    return articleCard(article, topics, site.title, dates.day, claimStatusLine(claims));
  });
}

export const GET = serveCard;
