// What the shipped content should produce, computed by the pure pipeline (no build).
import { loadContent } from '../../src/pipeline/load-content-sync.ts';
import { visibility } from '../../src/pipeline/visibility.ts';
import { claimLedger } from '../../src/site/claim-ledger.ts';
import type { ArticleData } from '../../src/site/types.ts';
import { PROJECT_ROOT } from '../support/build-site.ts';

// The same "now" as the test builds (tests/support/build-site.ts).
const NOW = Number(process.env.SOURCE_DATE_EPOCH ?? '1767225600') * 1000;

export function shippedContent() {
  const content = loadContent({ root: PROJECT_ROOT, now: NOW });
  const published = content.articles.filter((a) => visibility(a.data, NOW) === 'public');
  const withdrawn = content.articles.filter((a) => visibility(a.data, NOW) === 'withdrawn');
  const hidden = content.articles.filter((a) => !['public', 'withdrawn'].includes(visibility(a.data, NOW)));
  return {
    articles: published.map((a) => a.id),
    hiddenArticles: hidden.map((a) => a.id),
    /** Withdrawn items: their URLs are notices, outside every list. */
    withdrawnArticles: withdrawn.map((a) => a.id),
    authors: content.authors.map((a) => a.id),
    topics: content.topics.map((t) => t.id),
    actors: content.actors.map((a) => a.id),
    // The ledger reads only frontmatter fields, which the raw entries have.
    claimAnchors: claimLedger(published.map((a) => ({ id: a.id, data: a.data as unknown as ArticleData }))).map((c) => c.anchor),
  };
}
