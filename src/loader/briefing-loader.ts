// The content-layer loader: runs our pipeline (the same code as `npm run check`) and
// stores finished HTML, so Astro's own Markdown engine never sees our files. Bad content
// fails the build with the check's messages; in `astro dev` the last good content stays
// up while the errors are shown in the terminal and, through dev-state.ts, on every page.
import type { Loader, LoaderContext } from 'astro/loaders';
import { hasErrors } from '../pipeline/diagnostics.ts';
import { formatDiagnostic } from '../pipeline/format-diagnostics.ts';
import { plural } from '../pipeline/plural.ts';
import type { CollectionName } from '../pipeline/schema/index.ts';
import { isPreviewBuild } from '../pipeline/visibility.ts';
import { buildContent, type BuiltContent } from './build-content.ts';
import { ContentError, serialRefresh, setDevContentErrors } from './dev-state.ts';

export { ContentError };
import {
  storedActorSchema,
  storedArticleSchema,
  storedAuthorSchema,
  storedDaySchema,
  storedPageSchema,
  storedSiteSchema,
  storedTerritorySchema,
  storedTopicSchema,
  storedTranslationSchema,
  storedUpdateSchema,
} from './stored-schemas.ts';

const SCHEMAS = {
  articles: storedArticleSchema,
  actors: storedActorSchema,
  topics: storedTopicSchema,
  pages: storedPageSchema,
  site: storedSiteSchema,
  days: storedDaySchema,
  authors: storedAuthorSchema,
  updates: storedUpdateSchema,
  translations: storedTranslationSchema,
  territory: storedTerritorySchema,
} as const;

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

export async function sync(collection: CollectionName, context: LoaderContext, preview: boolean): Promise<void> {
  const built = await build(context, preview);
  // Only the live preview keeps going on bad content; a preview build fails like any build.
  const lenient = Boolean(context.watcher);
  const errors = built.diagnostics.filter((d) => d.severity === 'error');
  // Every collection syncs from the same run: its warnings are printed once, with the site settings.
  if (collection === 'site') for (const d of built.diagnostics.filter((d) => d.severity === 'warning')) context.logger.warn(formatDiagnostic(d));
  const report = errors.length
    ? `content has ${plural(errors.length, 'error')} (run \`npm run check\`):\n${errors.map(formatDiagnostic).join('\n')}`
    : undefined;
  // In dev the pages show the errors too (load-briefing.ts throws them into Astro's overlay).
  if (context.watcher) setDevContentErrors(report);
  if (report && hasErrors(built.diagnostics)) {
    if (!lenient) throw new ContentError(report);
    context.logger.error(`${report}\nshowing the last good version until it is fixed`);
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
      const preview = Boolean(context.watcher) || isPreviewBuild();
      loaded.set(collection, context);
      await sync(collection, context, preview);
      if (!context.watcher || watching) return;
      watching = true;
      const watched = new URL(`${contentDir().replace(/\/$/, '')}/`, context.config.root).pathname;
      // One fresh pipeline run per burst of changes, shared by every collection.
      const refresh = serialRefresh(async () => {
        current = undefined;
        for (const [name, ctx] of loaded) await sync(name, ctx, preview);
      });
      // The handler returns the refresh so that a test can wait for it; chokidar ignores it.
      context.watcher.on('all', (_event, path) => (path.startsWith(watched) ? refresh() : undefined));
    },
  };
}
