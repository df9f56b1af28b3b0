// @ts-check
// The baseline of the benchmark: a plain Astro 7 blog, as `npm create astro` would make
// it, over the same synthetic corpus: Astro's glob() loader and its own Markdown engine.
// It uses the project's node_modules. The benchmark sets BASELINE_CONTENT_DIR (absolute),
// OUT_DIR and BENCH_CACHE_DIR.
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
