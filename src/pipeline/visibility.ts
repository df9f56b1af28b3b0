// The one place that decides whether an item is on the public site: drafts and items
// dated in the future are left out of production builds entirely.
import type { Article } from './schema/index.ts';
import { dateValue } from './schema/primitives.ts';

export const VISIBILITIES = ['public', 'draft', 'scheduled'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export function visibility(article: Pick<Article, 'status' | 'published'>, now: number): Visibility {
  if (article.status === 'draft') return 'draft';
  return dateValue(article.published) > now ? 'scheduled' : 'public';
}

/** The build's notion of "now": SOURCE_DATE_EPOCH (seconds) when set, for reproducible builds. */
export function buildTime(env: NodeJS.ProcessEnv = process.env): number {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return Number(epoch) * 1000;
  return Date.now();
}
