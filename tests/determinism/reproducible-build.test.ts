// Same commit in, byte-identical dist/ out: a second build of the shipped content is
// compared file by file with the one the global setup made (pages, feeds, sitemap, social
// cards, the Pagefind index and every hashed asset).
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { differingFiles, filesUnder as files } from '../support/dist-files.ts';

describe('a second build of the same content', () => {
  const first = inject('dist').root;
  const second = buildSite();
  afterAll(() => rmSync(second.outDir, { recursive: true, force: true }));

  it('succeeds', () => {
    expect(second.status, second.output).toBe(0);
  });

  it('writes the same files', () => {
    expect(files(second.outDir)).toEqual(files(first));
  });

  it('writes every file byte for byte the same', () => {
    expect(differingFiles(first, second.outDir)).toEqual([]);
  });

  it('covers the kinds of output that tend to drift', () => {
    const list = files(first);
    for (const pattern of [/^pagefind\/fragment\//, /^og\/articles\/.+\.png$/, /^sitemap-0\.xml$/, /^rss\.xml$/, /^_astro\/.+\.css$/]) {
      expect(
        list.some((file) => pattern.test(file)),
        String(pattern),
      ).toBe(true);
    }
  });
});
