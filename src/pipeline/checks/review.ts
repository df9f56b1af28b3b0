// Review before publish: with `requireReview: true` in site.yaml, every published item
// needs a reviewer's sign-off (`reviewedBy`), and the reviewer cannot be the item's only
// author. The message names who may sign off, so the writer knows whom to ask.
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import type { Entry } from '../load-entry.ts';

function names(ids: readonly string[], authors: ReadonlyMap<string, Entry<'authors'>>): string {
  return ids.map((id) => `${authors.get(id)?.data.name ?? id} (${id})`).join(', ');
}

export function checkReview(site: Entry<'site'> | undefined, articles: readonly Entry<'articles'>[], authors: readonly Entry<'authors'>[]): Diagnostic[] {
  if (!site?.data.requireReview) return [];
  const byId = new Map(authors.map((a) => [a.id, a]));
  const out: Diagnostic[] = [];
  for (const article of articles) {
    if (article.data.status !== 'published') continue;
    const written = article.data.authors;
    const others = authors.map((a) => a.id).filter((id) => !written.includes(id));
    const who = others.length ? `sign-off by someone other than its authors: ${names(others, byId)}` : 'a reviewer: add one to content/authors/';
    const reviewer = article.data.reviewedBy;
    if (!reviewer) {
      out.push(
        diagnostic({
          file: article.file,
          at: article.locate(['status']),
          field: 'reviewedBy',
          rule: 'review-missing',
          message: 'is published without a review (site.yaml sets requireReview: true)',
          hint: `needs ${who}; or set status: draft until then`,
        }),
      );
    } else if (written.length === 1 && written[0] === reviewer) {
      out.push(
        diagnostic({
          file: article.file,
          at: article.locate(['reviewedBy']),
          field: 'reviewedBy',
          rule: 'review-self',
          message: `"${reviewer}" is the only author and cannot review their own item`,
          hint: `needs ${who}`,
        }),
      );
    }
  }
  return out;
}
