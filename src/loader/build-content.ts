// From content files to what the loader stores: validated data, rendered HTML and the
// derived facts, with drafts and scheduled items decided by visibility.ts.
import { processContent } from '../pipeline/load-content.ts';
import type { Diagnostic } from '../pipeline/diagnostics.ts';
import type { Entry } from '../pipeline/load-entry.ts';
import type { RenderedBody } from '../pipeline/render/render-markdown.ts';
import type { CollectionName } from '../pipeline/schema/index.ts';
import { buildTime, visibility } from '../pipeline/visibility.ts';

export interface StoredItem {
  id: string;
  data: Record<string, unknown>;
  digest: string;
  rendered?: { html: string; metadata: { headings: Array<{ depth: number; slug: string; text: string }> } };
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

const EXCERPT_LENGTH = 300;

function excerpt(text: string): string {
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
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
  // The site URL (from astro.config: SITE_URL or content/site.yaml) only decides which
  // links count as external.
  const siteHost = siteHostOf(options.siteUrl);
  const content = await processContent(
    { root: options.root, ...(options.contentDir ? { contentDir: options.contentDir } : {}), now },
    { base: options.base, siteHost },
  );

  const toItem = (entry: Entry, extra: (body: RenderedBody | undefined) => Record<string, unknown> = () => ({})): StoredItem => {
    const body = content.rendered.get(entry.file);
    const data: Record<string, unknown> = { ...entry.data, ...extra(body) };
    if (body) Object.assign(data, { file: entry.file, wordCount: body.wordCount, readingMinutes: body.readingMinutes, headings: body.headings });
    return {
      id: entry.id,
      data,
      digest: entry.digest,
      ...(body ? { rendered: { html: body.html, metadata: { headings: body.headings.map((h) => ({ depth: h.depth, slug: h.id, text: h.text })) } } } : {}),
    };
  };

  const articles: StoredItem[] = [];
  for (const entry of content.articles) {
    const state = visibility(entry.data, now);
    if (state !== 'public' && !options.preview) continue;
    articles.push(toItem(entry, (body) => ({ visibility: state, excerpt: excerpt(body?.text ?? '') })));
  }
  return {
    collections: {
      articles,
      actors: content.actors.map((e) => toItem(e)),
      topics: content.topics.map((e) => toItem(e)),
      territory: content.territory.map((e) => toItem(e)),
      site: content.site ? [{ id: 'site', data: { ...content.site.data }, digest: content.site.digest }] : [],
    },
    diagnostics: content.diagnostics,
  };
}
