// Every article and topic page points its Open Graph meta at its own card, by absolute URL
// under the base path, with the card's real size; an item with a lead picture uses that
// picture (a 1200 px JPEG from the image pipeline) instead of the drawn card.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles, readPage, select } from '../built/read-dist.ts';
import { shippedContent } from '../built/shipped-content.ts';
import { PROJECT_ROOT } from '../support/build-site.ts';

const dist = inject('dist');

function pngSize(png: Buffer) {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe.each([
  { name: 'root build', root: dist.root, prefix: 'https://briefing.example.org/' },
  { name: 'base-path build', root: dist.base, prefix: `https://newsroom.example.org${dist.basePath}` },
])('social cards in the $name', ({ root, prefix }) => {
  // Withdrawn items' notices are noindex and carry no card.
  const notices = new Set(shippedContent().withdrawnArticles.map((id) => `articles/${id}/index.html`));
  const pages = htmlFiles(root).filter((file) => /^(articles|topics)\/[^/]+\/index\.html$/.test(file) && !notices.has(file));

  // it.each over an empty list passes by running nothing: the pages must all be there.
  it('has a page for every published article and every topic', () => {
    const content = shippedContent();
    const expected = [...content.articles.map((id) => `articles/${id}/index.html`), ...content.topics.map((id) => `topics/${id}/index.html`)];
    expect([...pages].sort()).toEqual(expected.sort());
  });

  it('has a Ukrainian card for every translated item and topic, and none for the rest', () => {
    const content = shippedContent();
    const translated = (kind: string) =>
      readdirSync(join(PROJECT_ROOT, 'content', 'uk', kind), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.md'))
        .map((f) => basename(f, '.md'));
    for (const [kind, ids] of [
      ['articles', content.articles],
      ['topics', content.topics],
    ] as const) {
      const expected = translated(kind)
        .filter((id) => ids.includes(id))
        .map((id) => `${id}.png`)
        .sort();
      expect(expected.length, kind).toBeGreaterThan(0);
      expect(readdirSync(join(root, 'og', 'uk', kind)).sort(), kind).toEqual(expected);
      for (const file of expected) {
        const uk = readFileSync(join(root, 'og', 'uk', kind, file));
        expect(pngSize(uk)).toEqual({ width: 1200, height: 630 });
        expect(uk.equals(readFileSync(join(root, 'og', kind, file))), file).toBe(false);
      }
    }
  });

  it.each(pages)('%s has og:image with width, height and alt, and the file exists at that size', async (file) => {
    const tree = readPage(root, file).tree;
    const meta = (property: string) => select(`meta[property="${property}"]`, tree)?.properties.content as string | undefined;
    const [, collection, id] = /^(\w+)\/([^/]+)\//.exec(file)!;
    if (select('figure.picture img[loading=eager]', tree)) {
      const url = meta('og:image')!;
      expect(url.startsWith(`${prefix}_astro/`), url).toBe(true);
      expect(url).toMatch(/\.jpeg$/);
      const { width, height } = await sharp(join(root, url.slice(prefix.length))).metadata();
      expect({ width, height }).toEqual({ width: Number(meta('og:image:width')), height: Number(meta('og:image:height')) });
      expect(meta('og:image:alt')).toBe(String(select('figure.picture img', tree)!.properties.alt));
      return;
    }
    expect(meta('og:image')).toBe(`${prefix}og/${collection}/${id}.png`);
    const png = readFileSync(join(root, 'og', collection!, `${id}.png`));
    expect(pngSize(png)).toEqual({ width: Number(meta('og:image:width')), height: Number(meta('og:image:height')) });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(meta('og:image:alt')).toBeTruthy();
    expect(select('meta[name="twitter:card"]', tree)?.properties.content).toBe('summary_large_image');
  });
});
