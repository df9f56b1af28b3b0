// The territory map's whole view model, computed without Astro: one row per region in
// the fixed list (shape, control, basis, who claims it, source), the legend and the
// list of sources, for the latest snapshot or the one an item names with `map:`.
import { drawRegions } from '../map/draw-regions.ts';
import { REGION_BY_ID, REGIONS, type Basis, type Control } from '../pipeline/schema/index.ts';
import { en, type Messages } from './i18n/messages/en.ts';
import type { ActorEntry, TerritoryEntry } from './types.ts';

// The original edition's words (the catalogue holds every edition's).
export const CONTROL_LABELS: Record<Control, string> = en.map.controls;

export const BASIS_LABELS: Record<Basis, string> = en.map.basis;

export interface MapRegion {
  id: string;
  iso: string;
  name: string;
  control: Control;
  basis: Basis;
  claimedBy?: string;
  note?: string;
  source: string;
  /** SVG path data. */
  d: string;
}

export interface MapSource {
  url: string;
  /** The host, as a short link text. */
  label: string;
}

export interface TerritoryMapView {
  id: string;
  title: string;
  summary: string;
  asOf: string;
  width: number;
  height: number;
  borders: string;
  /** In the fixed order of the region list. */
  regions: MapRegion[];
  sources: MapSource[];
  /** Controls that occur on this map, for the legend (all four are always explained). */
  controls: Array<{ control: Control; label: string }>;
}

function host(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export function territoryMapView(snapshot: TerritoryEntry, actors: readonly ActorEntry[], m: Pick<Messages, 'map'> = en): TerritoryMapView {
  const drawn = drawRegions();
  const names = new Map(actors.map((a) => [a.id, a.data.name]));
  const listed = new Map(snapshot.data.regions.map((r) => [r.id, r]));
  const regions: MapRegion[] = REGIONS.map((info) => {
    const entry = listed.get(info.id);
    const region = REGION_BY_ID.get(info.id)!;
    return {
      id: info.id,
      iso: region.iso,
      name: region.name,
      control: entry?.control ?? 'unknown',
      basis: entry?.basis ?? 'assessed',
      ...(entry?.claimedBy ? { claimedBy: names.get(entry.claimedBy) ?? entry.claimedBy } : {}),
      ...(entry?.note ? { note: entry.note } : {}),
      source: entry?.source ?? '',
      d: drawn.shapes.get(region.iso)?.d ?? '',
    };
  });
  const urls = [...new Set(regions.map((r) => r.source).filter(Boolean))];
  return {
    id: snapshot.id,
    title: snapshot.data.title,
    summary: snapshot.data.summary,
    asOf: snapshot.data.asOf,
    width: drawn.width,
    height: drawn.height,
    borders: drawn.borders,
    regions,
    sources: urls.map((url) => ({ url, label: host(url) })),
    controls: (Object.keys(CONTROL_LABELS) as Control[]).map((control) => ({ control, label: m.map.controls[control] })),
  };
}

/** Newest snapshot first (ids are dates). */
export function snapshotsNewestFirst<T extends TerritoryEntry>(snapshots: readonly T[]): T[] {
  return [...snapshots].sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/** The topic whose page the latest map leads. */
export const TERRITORY_TOPIC = 'territory';
