// From content files to what the loader stores: validated data, rendered HTML and the
// derived facts, with drafts and scheduled items decided by visibility.ts.
import { processContent } from '../pipeline/load-content.ts';
import type { Diagnostic } from '../pipeline/diagnostics.ts';
import type { Entry } from '../pipeline/load-entry.ts';
import type { RenderedBody } from '../pipeline/render/render-markdown.ts';
import { translationKey, type CollectionName } from '../pipeline/schema/index.ts';
import { buildTime, hasPage, visibility } from '../pipeline/visibility.ts';
import { typesetData } from './typography.ts';

export interface StoredItem {
  id: string;
  data: Record<string, unknown>;
  digest: string;
  rendered?: { html: string; metadata: { headings: Array<{ depth: number; slug: string; text: string }>; feedHtml?: string } };
}

export interface BuiltContent {
  collections: Record<CollectionName, StoredItem[]>;
  diagnostics: Diagnostic[];
}

export interface BuildOptions {
  root: string;
  base: string;
  siteUrl?: string;
  /** Include drafts and scheduled items (npm run dev). */
  preview: boolean;
  contentDir?: string;
  now?: number;
}

function siteHostOf(url: string | undefined): string {
  try {
    return new URL(url ?? '').host;
  } catch {
    return '';
  }
}

export async function buildContent(options: BuildOptions): Promise<BuiltContent> {
  const now = options.now ?? buildTime();
  // The site URL (from astro.config: SITE_URL or content/site.yaml) decides which links
  // count as external, and is what items' feed HTML makes its links absolute against.
  const siteHost = siteHostOf(options.siteUrl);
  const content = await processContent(
    { root: options.root, ...(options.contentDir ? { contentDir: options.contentDir } : {}), now },
    { base: options.base, siteHost, ...(siteHost && options.siteUrl ? { siteUrl: options.siteUrl } : {}) },
  );

  const toItem = (entry: Entry, extra: (body: RenderedBody | undefined) => Record<string, unknown> = () => ({})): StoredItem => {
    const body = content.rendered.get(entry.file);
    const data: Record<string, unknown> = { ...typesetData(entry.data as Record<string, unknown>), ...extra(body) };
    if (body) data.file = entry.file;
    return {
      id: entry.id,
      data,
      digest: entry.digest,
      ...(body
        ? {
            rendered: {
              html: body.html,
              metadata: {
                headings: body.headings.map((h) => ({ depth: h.depth, slug: h.id, text: h.text })),
                ...(body.feedHtml ? { feedHtml: body.feedHtml } : {}),
              },
            },
          }
        : {}),
    };
  };

  const articles: StoredItem[] = [];
  for (const entry of content.articles) {
    const state = visibility(entry.data, now);
    if (!hasPage(state, options.preview)) continue;
    if (state === 'withdrawn') {
      // A withdrawn item's body never leaves the pipeline: its page is only the notice.
      const { rendered: _body, ...notice } = toItem(entry, () => ({ file: entry.file, visibility: state, wordCount: 0, readingMinutes: 0 }));
      articles.push(notice);
    } else articles.push(toItem(entry, (body) => ({ visibility: state, ...(body ? { wordCount: body.wordCount, readingMinutes: body.readingMinutes } : {}) })));
  }
  return {
    collections: {
      articles,
      actors: content.actors.map((e) => toItem(e)),
      topics: content.topics.map((e) => toItem(e)),
      pages: content.pages.map((e) => toItem(e, (body) => ({ headings: body?.headings ?? [] }))),
      days: content.days.map((e) => toItem(e)),
      authors: content.authors.map((e) => toItem(e)),
      updates: content.updates.map((e) => toItem(e)),
      translations: content.translations.map((e) => {
        const { language, kind, id } = translationKey(e.id);
        return toItem(e, () => ({ language, kind, original: id }));
      }),
      territory: content.territory.map((e) => toItem(e)),
      site: content.site ? [{ id: 'site', data: { ...content.site.data }, digest: content.site.digest }] : [],
    },
    diagnostics: content.diagnostics,
  };
}
