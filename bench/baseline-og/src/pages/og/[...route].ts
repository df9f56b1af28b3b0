// One 1200×630 PNG per article, as the astro-og-canvas README sets it up: OGImageRoute
// over the collection, title and summary on a dark gradient with an accent border.
// Fonts are Noto Sans from the project's @fontsource package (Latin and Cyrillic
// subsets, woff2), so the build needs no network; the plugin's cache of drawn cards
// lives under the benchmark's cacheDir, so a cold build draws every card.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { OGImageRoute } from 'astro-og-canvas';

const require = createRequire(import.meta.url);
const font = (subset: string, weight: number) => require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff2`);
const fonts = ['latin', 'cyrillic'].flatMap((subset) => [font(subset, 400), font(subset, 700)]);
const cacheDir = process.env.BENCH_CACHE_DIR ? join(process.env.BENCH_CACHE_DIR, 'og-canvas') : false;

const articles = await getCollection('articles', (entry) => entry.data.status !== 'draft');

export const { getStaticPaths, GET } = await OGImageRoute({
  pages: Object.fromEntries(articles.map((entry) => [entry.id, entry.data])),
  getImageOptions: (_path, page) => ({
    title: page.title,
    description: page.summary,
    bgGradient: [
      [24, 24, 27],
      [0, 40, 80],
    ],
    border: { color: [255, 213, 0], width: 20 },
    padding: 60,
    fonts,
    font: { title: { families: ['Noto Sans'], weight: 'Bold', size: 64 }, description: { families: ['Noto Sans'], size: 34 } },
    cacheDir,
  }),
});
