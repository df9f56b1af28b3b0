// The benchmark's per-phase and per-route figures come from what `astro build` prints;
// this pins the reading of Astro's durations (ms, s, and "1m 36s" past a minute) and of
// encoded vs cached images, on an invented log.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleId, group, parseBuildLog } from '../../bench/lib/build-log.ts';

const LOG = readFileSync(resolve(import.meta.dirname, '../fixtures/bench/astro-build.log'), 'utf8');

describe('parseBuildLog', () => {
  const parsed = parseBuildLog(LOG);

  it('reads the phases Astro times, durations over a minute included', () => {
    expect(parsed.phases).toEqual({ types: 3030, collect: 63_000, bundle: 1139, routes: 120_000, images: 812, total: 96_000 });
  });

  it('reads every route with its time', () => {
    expect([...parsed.routes]).toEqual([
      ['/a/index.html', 29],
      ['/og/x.png/', 1200],
    ]);
  });

  it('tells encoded images from images taken from the cache', () => {
    expect(parsed.images).toEqual({ files: 2, encoded: 1, reused: 1, encodeMs: 109 });
  });

  it('groups routes and names item pages', () => {
    expect(group(parsed.routes, (p) => p.endsWith('.html'))).toEqual({ pages: 1, ms: 29, mean: 29 });
    expect(articleId('/articles/some-item/index.html')).toBe('some-item');
    expect(articleId('/uk/articles/some-item/index.html')).toBeUndefined();
  });
});
