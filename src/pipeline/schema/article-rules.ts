// The rules of an item that span fields: dates in order (updated, withdrawal and
// corrections not before publication), a withdrawal only with status withdrawn, and a
// claim id once per item. Each issue names its rule for the check's message.
import type { z } from 'zod';
import { dateValue } from './fields.ts';
import { inYearRange } from './primitives.ts';

/** The fields the rules read, as the article schema gives them. */
export interface ArticleDates {
  published: string;
  updated?: string | undefined;
  status: string;
  withdrawn?: { date: string } | undefined;
  corrections?: Array<{ date: string }> | undefined;
  claims?: Array<{ id?: string | undefined }> | undefined;
}

export function articleRules(article: ArticleDates, ctx: z.RefinementCtx): void {
  // A date out of range is reported as such; comparing it would only add noise.
  const comparable = (date: string) => inYearRange(date) && inYearRange(article.published);
  if (article.updated && comparable(article.updated) && dateValue(article.updated) < dateValue(article.published)) {
    ctx.addIssue({
      code: 'custom',
      path: ['updated'],
      message: `${article.updated} is before published (${article.published})`,
      params: { rule: 'date-order' },
    });
  }
  if (article.status === 'withdrawn' && !article.withdrawn) {
    ctx.addIssue({ code: 'custom', path: ['withdrawn'], message: 'is required with status: withdrawn', params: { rule: 'withdrawal' } });
  }
  if (article.withdrawn && article.status !== 'withdrawn') {
    ctx.addIssue({
      code: 'custom',
      path: ['withdrawn'],
      message: `is only allowed with status: withdrawn (status is ${article.status})`,
      params: { rule: 'withdrawal' },
    });
  }
  if (article.withdrawn && dateValue(article.withdrawn.date) < dateValue(article.published)) {
    ctx.addIssue({
      code: 'custom',
      path: ['withdrawn', 'date'],
      message: `${article.withdrawn.date} is before the item was published (${article.published})`,
      params: { rule: 'date-order' },
    });
  }
  article.corrections?.forEach((correction, index) => {
    if (comparable(correction.date) && dateValue(correction.date) < dateValue(article.published)) {
      ctx.addIssue({
        code: 'custom',
        path: ['corrections', index, 'date'],
        message: `${correction.date} is before the item was published (${article.published})`,
        params: { rule: 'date-order' },
      });
    }
  });
  const seen = new Map<string, number>();
  article.claims?.forEach((claim, index) => {
    if (!claim.id) return;
    const first = seen.get(claim.id);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['claims', index, 'id'],
        message: `claim id "${claim.id}" is used twice in this item (also claims[${first}])`,
        params: { rule: 'duplicate' },
      });
    } else {
      seen.set(claim.id, index);
    }
  });
}
