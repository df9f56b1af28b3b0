// The one place that decides whether an item is on the public site: drafts and items
// dated in the future are left out of production builds entirely; a withdrawn item keeps
// its URL as a notice but leaves every list, feed body, search and the sitemap.
import type { Article } from './schema/index.ts';
import { dateValue } from './schema/primitives.ts';

export const VISIBILITIES = ['public', 'draft', 'scheduled', 'withdrawn'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export function visibility(article: Pick<Article, 'status' | 'published'>, now: number): Visibility {
  if (article.status === 'draft') return 'draft';
  if (article.status === 'withdrawn') return 'withdrawn';
  return dateValue(article.published) > now ? 'scheduled' : 'public';
}

/** Whether a build shows this item's page (as the item, or as a withdrawal notice). */
export function hasPage(state: Visibility, preview: boolean): boolean {
  return preview || state === 'public' || state === 'withdrawn';
}

/** The build's notion of "now": SOURCE_DATE_EPOCH (seconds) when set, for reproducible builds. */
export function buildTime(env: NodeJS.ProcessEnv = process.env): number {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return Number(epoch) * 1000;
  return Date.now();
}

/**
 * A preview build (`PREVIEW=1 npm run build`, or `npm run build:preview`): drafts and
 * scheduled items are included, every page carries a banner and `noindex`. For pull
 * requests and deploy previews, never for the public site. BRIEFING_DRAFTS=1 is the
 * older name of the same switch.
 */
export function isPreviewBuild(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.PREVIEW === '1' || env.PREVIEW === 'true' || env.BRIEFING_DRAFTS === '1';
}
