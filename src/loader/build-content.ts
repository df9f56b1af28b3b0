// From content files to what the loader stores: validated data, rendered HTML and the
// derived facts, with drafts and scheduled items decided by visibility.ts.
import { diagnostic, type Diagnostic } from '../pipeline/diagnostics.ts';
import { resolveMarkdownLink } from '../pipeline/checks/internal-links.ts';
import { discoverFiles } from '../pipeline/discover-files.ts';
import { loadContent } from '../pipeline/load-content.ts';
import type { Entry } from '../pipeline/load-entry.ts';
import { renderMarkdown, type RenderedBody } from '../pipeline/render/render-markdown.ts';
import { entryPath } from '../pipeline/routes.ts';
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

export function buildContent(options: BuildOptions): BuiltContent {
  const now = options.now ?? buildTime();
  const content = loadContent({ root: options.root, ...(options.contentDir ? { contentDir: options.contentDir } : {}), now });
  const diagnostics = [...content.diagnostics];
  const siteUrl = options.siteUrl ?? content.site?.data.url ?? 'https://example.org';
  const siteHost = new URL(siteUrl).host;
  const { files } = discoverFiles(options.root, options.contentDir ?? 'content');
  const pathByFile = new Map(files.filter((f) => f.collection !== 'site').map((f) => [f.file, entryPath[f.collection as Exclude<CollectionName, 'site'>](f.id)]));

  const render = (entry: Entry): RenderedBody | undefined => {
    if (!entry.tree) return undefined;
    try {
      return renderMarkdown(entry.tree, {
        base: options.base,
        siteHost,
        resolveMarkdownLink: (href) => {
          const file = resolveMarkdownLink(entry.file, href);
          const path = file ? pathByFile.get(file) : undefined;
          const hash = href.indexOf('#');
          return path ? `${path}${hash >= 0 ? href.slice(hash) : ''}` : undefined;
        },
      });
    } catch (error) {
      diagnostics.push(diagnostic(entry.file, { line: entry.bodyLine, column: 1 }, 'body', 'render', `the body could not be rendered: ${(error as Error).message}`));
      return undefined;
    }
  };

  const toItem = (entry: Entry, extra: (body: RenderedBody | undefined) => Record<string, unknown> = () => ({})): StoredItem => {
    const body = render(entry);
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
      site: content.site ? [{ id: 'site', data: { ...content.site.data }, digest: content.site.digest }] : [],
    },
    diagnostics,
  };
}
