// @ts-check
// The project's own astro.config.mjs, unchanged, with two benchmark-only switches:
// - BENCH_CACHE_DIR gives the benchmark's builds a cacheDir (Astro's data store) of their
//   own, so a benchmark run neither reads nor clobbers the cache of builds running
//   beside it in the same checkout;
// - BENCH_PAGEFIND=0 leaves out the briefing-pagefind integration, so the build is timed
//   without the search index and `pagefind --site <outDir>` is timed on its own.
import project from '../astro.config.mjs';

const cacheDir = process.env.BENCH_CACHE_DIR;
const withoutPagefind = process.env.BENCH_PAGEFIND === '0';

/** @param {unknown} integration */
function keep(integration) {
  return !(withoutPagefind && integration && typeof integration === 'object' && 'name' in integration && integration.name === 'briefing-pagefind');
}

export default {
  ...project,
  ...(cacheDir ? { cacheDir } : {}),
  integrations: (project.integrations ?? []).flat(Infinity).filter(keep),
};
