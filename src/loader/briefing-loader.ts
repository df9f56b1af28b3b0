// The content-layer loader: runs our pipeline (the same code as `npm run check`) and
// stores finished HTML, so Astro's own Markdown engine never sees our files. Bad content
// fails the build with the check's messages; in `astro dev` the last good content stays
// up while the errors are shown.
import type { Loader, LoaderContext } from 'astro/loaders';
import { hasErrors } from '../pipeline/diagnostics.ts';
import { formatDiagnostic } from '../pipeline/format-diagnostics.ts';
import type { CollectionName } from '../pipeline/schema/index.ts';
import { buildContent, type BuiltContent } from './build-content.ts';
import { storedActorSchema, storedArticleSchema, storedSiteSchema, storedTerritorySchema, storedTopicSchema } from './stored-schemas.ts';

const SCHEMAS = { articles: storedArticleSchema, actors: storedActorSchema, topics: storedTopicSchema, site: storedSiteSchema, territory: storedTerritorySchema } as const;

export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
    // The messages name file, line and field; a stack trace would only bury them.
    this.stack = '';
  }

  // Astro guesses hints from the error's text (a file named windows.md earns advice about
  // browser APIs); the message itself is the full report.
  override toString(): string {
    return `${this.name}: content check failed`;
  }
}

let current: Promise<BuiltContent> | undefined;

/** The content folder, relative to the project root; CONTENT_DIR selects another corpus. */
function contentDir(): string {
  return process.env.CONTENT_DIR ?? 'content';
}

function build(context: LoaderContext, preview: boolean): Promise<BuiltContent> {
  current ??= (() => {
    const root = new URL(context.config.root).pathname;
    // An empty SITE_URL (as CI may pass) means "not set".
    const site = process.env.SITE_URL || context.config.site;
    return buildContent({ root, contentDir: contentDir(), base: context.config.base, ...(site ? { siteUrl: site } : {}), preview });
  })();
  return current;
}

async function sync(collection: CollectionName, context: LoaderContext, preview: boolean): Promise<void> {
  const built = await build(context, preview);
  const errors = built.diagnostics.filter((d) => d.severity === 'error');
  for (const d of built.diagnostics.filter((d) => d.severity === 'warning')) context.logger.warn(formatDiagnostic(d));
  if (hasErrors(built.diagnostics)) {
    const text = errors.map(formatDiagnostic).join('\n');
    if (!preview) throw new ContentError(`content has ${errors.length} error${errors.length === 1 ? '' : 's'} (run \`npm run check\`):\n${text}`);
    context.logger.error(`content has errors; showing the last good version:\n${text}`);
    if (context.store.keys().length > 0) return;
  }
  context.store.clear();
  for (const item of built.collections[collection]) {
    context.store.set({ id: item.id, data: item.data, digest: item.digest, ...(item.rendered ? { rendered: item.rendered } : {}) });
  }
}

/** The collections loaded in this process, so one content change refreshes them all once. */
const loaded = new Map<CollectionName, LoaderContext>();
let watching = false;

export function briefingLoader(collection: CollectionName): Loader {
  return {
    name: `briefing-${collection}`,
    schema: SCHEMAS[collection],
    load: async (context) => {
      const preview = Boolean(context.watcher) || process.env.BRIEFING_DRAFTS === '1';
      loaded.set(collection, context);
      await sync(collection, context, preview);
      if (!context.watcher || watching) return;
      watching = true;
      const watched = new URL(`${contentDir().replace(/\/$/, '')}/`, context.config.root).pathname;
      context.watcher.on('all', async (_event, path) => {
        if (!path.startsWith(watched)) return;
        // One fresh pipeline run per change, shared by every collection.
        current = undefined;
        for (const [name, ctx] of loaded) await sync(name, ctx, preview);
      });
    },
  };
}
