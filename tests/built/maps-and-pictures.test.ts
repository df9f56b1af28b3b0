// The territory map and the pictures on the built shipped site: the map leads the
// territory topic as an inline SVG with role="img" and a title, a legend that says control
// is de facto, an as-of <time>, sources, and a table row for every region; the item with
// a picture serves it as AVIF and WebP srcsets with width, height, alt and a credit.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { describe, expect, inject, it } from 'vitest';
import { REGIONS } from '../../src/pipeline/schema/regions.ts';
import { readPage, select, selectAll, textOf } from './read-dist.ts';

const { root } = inject('dist');
const TERRITORY = 'topics/territory/index.html';
const PICTURED = 'articles/territory-donbas-crimea-and-the-borders-question/index.html';

describe('the territory map', () => {
  const page = readPage(root, TERRITORY);
  const figure = select('section.territory-map', page.tree)!;

  it('leads the territory topic as an inline SVG image with a title', () => {
    expect(figure).toBeTruthy();
    const svg = select('svg.territory-map-svg', figure)!;
    expect(svg.properties.role).toBe('img');
    const title = select('title', svg)!;
    expect(textOf(title)).toMatch(/^Map of who controls Ukraine’s regions, as of .*2025$/);
    expect(String(svg.properties.ariaLabelledBy)).toContain(String(title.properties.id));
    // One filled shape per region, every fill a pattern (hatching, not colour alone).
    const shapes = selectAll('g.tm-regions path', svg) as Element[];
    expect(shapes).toHaveLength(REGIONS.length);
    for (const shape of shapes) expect(String(shape.properties.fill)).toMatch(/^url\(#tm-2025-08-20-(ukraine|russia|contested|unknown)\)$/);
    expect(select('script', figure)).toBeFalsy();
  });

  it('has a legend that explains control, hatching, assessed vs claimed and the law', () => {
    const text = textOf(select('figcaption', figure)!);
    for (const label of [
      'Held by Ukraine',
      'Held by Russia',
      'Contested',
      'Unknown',
      'No dashed outline: control assessed by independent analysts',
      'Dashed border: control only claimed by a party',
    ])
      expect(text).toContain(label);
    expect(text).toContain('de facto');
    expect(text).toContain('Every region on this map is Ukrainian territory under international law');
  });

  it('says when the data is from and where it comes from', () => {
    const asOf = select('.tm-asof', figure)!;
    expect(textOf(asOf)).toMatch(/^Data as of /);
    expect(select('time', asOf)!.properties.dateTime).toBe('2025-08-20');
    const links = selectAll('a', asOf) as Element[];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(String(link.properties.href)).toMatch(/^https:\/\//);
  });

  it('has a table row for every region, Crimea as Ukrainian territory under Russian control', () => {
    const rows = selectAll('table.tm-table tbody tr', figure) as Element[];
    expect(rows.map((row) => row.properties.dataRegion)).toEqual(REGIONS.map((r) => r.id));
    const crimea = rows.find((row) => row.properties.dataRegion === 'crimea')!;
    const cells = (selectAll('th, td', crimea) as Element[]).map((cell) => textOf(cell).trim());
    expect(cells[0]).toBe('Autonomous Republic of Crimea UA-43');
    expect(cells[1]).toBe('Ukraine');
    expect(cells[2]).toBe('Held by Russia');
    const sevastopol = rows.find((row) => row.properties.dataRegion === 'sevastopol')!;
    expect(textOf(sevastopol)).toContain('UA-40');
  });

  it('lists the earlier snapshots', () => {
    const headings = (selectAll('h2', page.tree) as Element[]).map((h) => textOf(h));
    expect(headings).toContain('Earlier snapshots');
    expect(page.html).toContain('datetime="2025-08-01"');
  });

  it('also appears in the item that names it with map:', () => {
    expect(select('section.territory-map svg[role=img]', readPage(root, PICTURED).tree)).toBeTruthy();
  });
});

describe('pictures', () => {
  const page = readPage(root, PICTURED);

  it('serves the lead picture as AVIF and WebP srcsets with width, height, alt and credit', () => {
    const figure = select('figure.picture', page.tree)!;
    expect(figure).toBeTruthy();
    const sources = selectAll('picture source', figure) as Element[];
    expect(sources.map((s) => s.properties.type)).toEqual(['image/avif', 'image/webp']);
    for (const source of sources) {
      const srcset = String(source.properties.srcSet);
      expect(srcset.split(', ').length).toBeGreaterThanOrEqual(2);
      expect(srcset).toMatch(/\.(avif|webp) \d+w/);
      expect(source.properties.sizes).toBeTruthy();
      for (const candidate of srcset.split(', ')) expect(existsSync(join(root, candidate.split(' ')[0]!)), candidate).toBe(true);
    }
    const img = select('picture img', figure)!;
    expect(Number(img.properties.width)).toBeGreaterThan(0);
    expect(Number(img.properties.height)).toBeGreaterThan(0);
    expect(String(img.properties.alt)).toMatch(/^Map detail of eastern and southern Ukraine/);
    expect(img.properties.loading).toBe('eager');
    expect(textOf(select('figcaption .credit', figure)!)).toMatch(/^Credit: Briefing graphic/);
  });

  it('is the item’s social card and JSON-LD image', () => {
    const og = String((select('meta[property="og:image"]', page.tree) as Element).properties.content);
    expect(og).toMatch(/\/_astro\/east-and-south-2025-08-20\.[^/]+\.jpeg$/);
    expect(existsSync(join(root, new URL(og).pathname))).toBe(true);
    const ld = JSON.parse(textOf(select('script[type="application/ld+json"]', page.tree)!)) as { image?: string[] };
    expect(ld.image).toEqual([og]);
  });
});
