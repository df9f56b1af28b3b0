// @ts-check
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { siteUrl } from './src/pipeline/site-settings.ts';
import { adminEditor } from './src/editor-schemas/admin-integration.ts';
import { pagefind } from './src/search/pagefind-integration.ts';
import { editionNotFoundPages } from './src/build/edition-not-found.ts';
import { loadSettings } from './src/pipeline/site-settings.ts';
import { astroCsp } from './src/security/csp.ts';
import { sitemapOptions } from './src/sitemap/sitemap-options.ts';

// The public URL comes from content/site.yaml, read by the check's own settings loader
// (src/pipeline/site-settings.ts), unless SITE_URL overrides it (CI sets it for GitHub
// Pages); BASE_PATH deploys under a sub-path such as /briefing/.
// CONTENT_DIR and OUT_DIR let tests and the benchmark build other corpora.
const contentDir = process.env.CONTENT_DIR ?? 'content';
const root = fileURLToPath(new URL('.', import.meta.url));

function basePath() {
  const base = process.env.BASE_PATH ?? '/';
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
}

export default defineConfig({
  site: siteUrl(root, contentDir, process.env),
  base: basePath(),
  trailingSlash: 'always',
  output: 'static',
  outDir: process.env.OUT_DIR ?? './dist',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Builds running side by side (tests) each keep their own data store.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // Pagefind runs after every build and indexes the output folder, whatever OUT_DIR is.
  // Each translated edition's 404 page is moved to <language>/404.html before Pagefind reads the output.
  integrations: [
    sitemap(sitemapOptions({ root, contentDir, base: basePath() })),
    editionNotFoundPages(() => (loadSettings(root, contentDir).settings?.languages ?? []).map((l) => l.code)),
    pagefind(),
    adminEditor(),
  ],
  // A <meta> CSP on every page (see src/security/csp.ts); _headers sends the full one.
  security: { csp: astroCsp() },
  devToolbar: { enabled: false },
  // AVIF at sharp's default effort (4) took 74 s for the shipped picture's three widths on
  // the 2-core machine under load, effort 0 2.4 s, for files about 35 % larger: builds
  // (and the test suite's many cold builds) stay fast. Warm builds reuse the cache anyway.
  image: { service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 0 } } } },
  // Pages whose getStaticPaths() gives a cacheKey (src/site/page-keys.ts) and whose code is
  // unchanged are copied from the previous build (kept under cacheDir), not rendered again.
  experimental: { incrementalBuild: true },
  // Content is rendered by our own pipeline (src/pipeline/render), never by Astro's Markdown.
  markdown: { syntaxHighlight: false },
  // Build outputs and benchmark corpora are not sources: watching them floods `astro dev`.
  vite: {
    server: { watch: { ignored: ['**/dist/**', '**/bench/.work/**', '**/node_modules/.cache/**'] } },
    // Pictures from whichever content folder this build reads (src/images/astro-images.ts).
    resolve: { alias: { '@briefing-content': resolve(fileURLToPath(new URL('.', import.meta.url)), contentDir) } },
  },
});
