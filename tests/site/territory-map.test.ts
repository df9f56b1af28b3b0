import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../src/pipeline/schema/regions.ts';
import { snapshotsNewestFirst, territoryMapView } from '../../src/site/territory-map.ts';
import type { ActorEntry, TerritoryEntry } from '../../src/site/types.ts';

const derived = { file: 'content/territory/2025-08-16.md', wordCount: 0, readingMinutes: 1, headings: [] };
const actors = [{ id: 'envoy', data: { name: 'Jane Envoy' } }] as unknown as ActorEntry[];

function snapshot(id: string, regions: TerritoryEntry['data']['regions']): TerritoryEntry {
  return { id, data: { title: 'An invented snapshot', asOf: id, summary: 'An invented summary for the view-model tests.', regions, ...derived } };
}

describe('territoryMapView', () => {
  const view = territoryMapView(
    snapshot('2025-08-16', [
      { id: 'crimea', control: 'russia', basis: 'assessed', source: 'https://observer.example.org/a' },
      { id: 'donetsk', control: 'contested', basis: 'claimed', claimedBy: 'envoy', source: 'https://www.observer.example.org/b', note: 'An invented note.' },
    ]),
    actors,
  );

  it('has a row for every region in the fixed order, unlisted ones as unknown', () => {
    expect(view.regions.map((r) => r.id)).toEqual(REGIONS.map((r) => r.id));
    expect(view.regions.find((r) => r.id === 'lviv')).toMatchObject({ control: 'unknown', source: '' });
  });

  it('keeps control, basis, the claimant by name and the note', () => {
    expect(view.regions.find((r) => r.id === 'crimea')).toMatchObject({
      iso: 'UA-43',
      name: 'Autonomous Republic of Crimea',
      control: 'russia',
      basis: 'assessed',
    });
    expect(view.regions.find((r) => r.id === 'donetsk')).toMatchObject({ claimedBy: 'Jane Envoy', note: 'An invented note.', basis: 'claimed' });
    for (const region of view.regions) expect(region.d.startsWith('M'), region.id).toBe(true);
  });

  it('lists each source once, by host, in region order', () => {
    expect(view.sources).toEqual([
      { url: 'https://www.observer.example.org/b', label: 'observer.example.org' },
      { url: 'https://observer.example.org/a', label: 'observer.example.org' },
    ]);
  });

  it('explains all four controls in the legend', () => {
    expect(view.controls.map((c) => c.control)).toEqual(['ukraine', 'russia', 'contested', 'unknown']);
  });
});

describe('snapshotsNewestFirst', () => {
  it('orders snapshots by their date ids, newest first', () => {
    const ids = snapshotsNewestFirst([snapshot('2025-08-01', []), snapshot('2025-08-20', []), snapshot('2025-08-10', [])]).map((s) => s.id);
    expect(ids).toEqual(['2025-08-20', '2025-08-10', '2025-08-01']);
  });
});
