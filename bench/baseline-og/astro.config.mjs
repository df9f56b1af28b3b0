// @ts-check
// The benchmark's fair peer: the plain Astro 7 blog of bench/baseline/ plus an Open Graph
// image per article drawn by astro-og-canvas (CanvasKit/Skia in WebAssembly), the plugin
// Astro users pick for social cards. Same corpus, same pages; the cards are what it adds.
// The benchmark sets BASELINE_CONTENT_DIR (absolute), OUT_DIR and BENCH_CACHE_DIR; the
// plugin's own card cache goes under BENCH_CACHE_DIR too (src/pages/og/[...route].ts).
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://bench.example.org',
  output: 'static',
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  ...(process.env.BENCH_CACHE_DIR ? { cacheDir: process.env.BENCH_CACHE_DIR } : {}),
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
