// The briefing as the edition card routes need it, per language in site.yaml.
import type { Briefing } from '../data/load-briefing.ts';
import { claimsInArticle } from '../site/claim-ledger.ts';
import { editionOf } from '../site/i18n/editions.ts';
import { dateFormatter } from '../site/format-date.ts';
import type { EditionCardInput } from './edition-cards.ts';

export function editionCardInputs(briefing: Briefing): EditionCardInput[] {
  return briefing.site.languages.map((language) => ({
    language: language.code,
    title: editionOf(briefing.site, language.code).title,
    articles: briefing.articles,
    topics: briefing.topics,
    translations: briefing.translations,
    day: dateFormatter(language.code, briefing.site.timezone).day,
    claims: (articleId) =>
      claimsInArticle(briefing.ledger, articleId).map((claim) => ({
        status: claim.status,
        reportedHere: claim.reports.findLast((r) => r.articleId === articleId)?.status ?? claim.status,
      })),
  }));
}
