// Projects the committed boundary file (src/map/data, made by `npm run map-data`) into
// SVG path data, once per build: d3-geo's conic conformal projection fitted to the
// figure, coordinates rounded to a tenth of a pixel so the inline SVG stays small.
import { geoConicConformal, geoPath } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import boundaries from './data/ukraine-regions.topo.json' with { type: 'json' };

export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 540;

export interface RegionShape {
  /** ISO 3166-2 code, the key shared with the region list. */
  iso: string;
  /** SVG path data in the figure's pixel space. */
  d: string;
  /** Where a label or marker for the region would sit. */
  centroid: [number, number];
}

export interface DrawnRegions {
  width: number;
  height: number;
  shapes: Map<string, RegionShape>;
  /** The borders between regions, drawn once over the fills. */
  borders: string;
}

let drawn: DrawnRegions | undefined;

export function drawRegions(): DrawnRegions {
  if (drawn) return drawn;
  const topo = boundaries as unknown as Topology<{ regions: GeometryCollection<{ name: string }> }>;
  const collection = feature(topo, topo.objects.regions) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  // Standard parallels for Ukraine's latitudes keep the country's shape familiar.
  const projection = geoConicConformal()
    .parallels([45, 52])
    .rotate([-31, 0])
    .fitExtent(
      [
        [4, 4],
        [MAP_WIDTH - 4, MAP_HEIGHT - 4],
      ],
      collection,
    );
  const path = geoPath(projection).digits(1);
  const shapes = new Map<string, RegionShape>();
  for (const region of collection.features) {
    const iso = String(region.id);
    const [x, y] = path.centroid(region);
    shapes.set(iso, { iso, d: path(region) ?? '', centroid: [Math.round(x), Math.round(y)] });
  }
  const borders = path(mesh(topo, topo.objects.regions, (a, b) => a !== b)) ?? '';
  drawn = { width: MAP_WIDTH, height: MAP_HEIGHT, shapes, borders };
  return drawn;
}
