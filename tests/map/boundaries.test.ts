// The committed boundary file and its projection: every region of the fixed list has a
// shape under its ISO code, Crimea and Sevastopol included as Ukraine's regions, and the
// drawn map stays within the inline-SVG budget.
import { gzipSync } from 'node:zlib';
import { geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import boundaries from '../../src/map/data/ukraine-regions.topo.json' with { type: 'json' };
import { drawRegions } from '../../src/map/draw-regions.ts';
import { REGIONS } from '../../src/pipeline/schema/regions.ts';

const topo = boundaries as any;
const features = (feature(topo, topo.objects.regions) as unknown as { features: Array<{ id: string; geometry: unknown }> }).features;

describe('the boundary file', () => {
  it('holds exactly the 27 regions of the fixed list, keyed by ISO 3166-2:UA code', () => {
    expect(REGIONS).toHaveLength(27);
    expect(features.map((f) => f.id).sort()).toEqual(REGIONS.map((r) => r.iso).sort());
  });

  it('draws Crimea (UA-43) and Sevastopol (UA-40) as regions of their own on the peninsula', () => {
    for (const [iso, lon, lat] of [
      ['UA-43', 34.3, 45.3],
      ['UA-40', 33.6, 44.6],
    ] as const) {
      const shape = features.find((f) => f.id === iso)!;
      const [x, y] = geoCentroid(shape as never);
      expect(Math.abs(x - lon), iso).toBeLessThan(0.6);
      expect(Math.abs(y - lat), iso).toBeLessThan(0.6);
    }
  });

  it('projects every region to a path inside the figure, under 40 KB gzipped in all', () => {
    const drawn = drawRegions();
    expect(drawn.shapes.size).toBe(27);
    for (const shape of drawn.shapes.values()) {
      expect(shape.d.length, shape.iso).toBeGreaterThan(20);
      expect(shape.centroid[0]).toBeGreaterThan(0);
      expect(shape.centroid[0]).toBeLessThan(drawn.width);
      expect(shape.centroid[1]).toBeGreaterThan(0);
      expect(shape.centroid[1]).toBeLessThan(drawn.height);
    }
    const svg = [...drawn.shapes.values()].map((s) => `<path d="${s.d}"/>`).join('') + `<path d="${drawn.borders}"/>`;
    expect(gzipSync(svg).byteLength).toBeLessThan(40 * 1024);
  });
});
