// The only module besides the loader that reads Astro's content store: it hands pages
// the whole briefing as plain data, once per build, for the helpers in src/site/.
import { getCollection } from 'astro:content';
import { ContentError, devContentErrors } from '../loader/dev-state.ts';
import { buildTime, isPreviewBuild } from '../pipeline/visibility.ts';
import { assembleBriefings } from '../site/assemble-briefing.ts';
import { pageKey } from '../site/page-keys.ts';
import type { Briefing } from '../site/briefing.ts';
import { href } from './links.ts';

export type * from '../site/briefing.ts';

let cached: Promise<Briefing[]> | undefined;

async function load(): Promise<Briefing[]> {
  const [sites, articles, actors, topics, pages, days, authors, updates, territory, translations] = await Promise.all([
    getCollection('site'),
    getCollection('articles'),
    getCollection('actors'),
    getCollection('topics'),
    getCollection('pages'),
    getCollection('days'),
    getCollection('authors'),
    getCollection('updates'),
    getCollection('territory'),
    getCollection('translations'),
  ]);
  const site = sites[0]?.data;
  if (!site) throw new Error('content has no site settings (content/site.yaml)');
  const sources = { site, articles, actors, topics, pages, days, authors, updates, territory, translations };
  return assembleBriefings(sources, { withBase: href, now: buildTime(), preview: import.meta.env.DEV || isPreviewBuild() });
}

/** Every edition's briefing, the original first (site.yaml `languages` after it). */
export function loadEditions(): Promise<Briefing[]> {
  // In dev the store changes under us; a build reads it once. Broken content shows as
  // Astro's error overlay on every page, not only in the terminal.
  if (import.meta.env.DEV) {
    const errors = devContentErrors();
    return errors ? Promise.reject(new ContentError(errors)) : load();
  }
  cached ??= load();
  return cached;
}

/** The original edition's briefing. */
export async function loadBriefing(): Promise<Briefing> {
  return (await loadEditions())[0]!;
}

/**
 * getStaticPaths entries for one page per edition: `[...edition]` is undefined for the
 * original. These pages show the briefing and no body of their own: keyed by its digest.
 */
export async function editionPaths(): Promise<Array<{ params: { edition: string | undefined }; props: { briefing: Briefing }; cacheKey: string }>> {
  return (await loadEditions()).map((briefing) => ({
    params: { edition: briefing.ui.edition.prefix.slice(1) || undefined },
    props: { briefing },
    cacheKey: pageKey(briefing),
  }));
}
