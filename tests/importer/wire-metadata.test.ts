import { describe, expect, it } from 'vitest';
import { parseWireDate } from '../../src/importer/parse-wire-date.ts';
import { readWireMetadata } from '../../src/importer/wire-metadata.ts';

describe('parseWireDate', () => {
  it.each([
    ['17484518022025 05 28t165452z', '2025-05-28T16:54:52Z'],
    ['20250528T165452Z', '2025-05-28T16:54:52Z'],
    ['2025-05-28_t1654z', '2025-05-28T16:54:00Z'],
    ['2025-05-28T16:54:52+0200', '2025-05-28T16:54:52+02:00'],
    ['2025-05-28T16:54:52+00:00', '2025-05-28T16:54:52Z'],
    ['May 28, 2025 4:54 PM GMT+2', '2025-05-28T16:54:00+02:00'],
    ['June 3, 2025, 2:10 PM UTC', '2025-06-03T14:10:00Z'],
    ['Updated May 29, 2025 at 8:05 a.m. EDT', '2025-05-29T08:05:00-04:00'],
    ['28 May 2025 16:54 BST', '2025-05-28T16:54:00+01:00'],
    ['28 May 2025', '2025-05-28'],
    ['May 28, 2025 4:54 PM', '2025-05-28'],
  ])('%s → %s', (text, value) => {
    expect(parseWireDate(text)?.value).toBe(value);
  });

  it('refuses impossible dates', () => {
    expect(parseWireDate('2025 02 30t120000z')).toBeUndefined();
    expect(parseWireDate('no date here')).toBeUndefined();
  });
});

describe('readWireMetadata', () => {
  it('reads machine lines of the class of the seeds, whatever the ids and keywords', () => {
    expect(readWireMetadata('108151404 17484518022025 05 28t165452z 1592517509 rc2zqeaxqcyf rtrmadp 0 usa trump')).toEqual({
      kind: 'machine',
      role: 'published',
      agency: 'Reuters',
      date: { value: '2025-05-28T16:54:52Z', raw: '2025 05 28t165452z' },
    });
    expect(readWireMetadata('118273645 17512345672025 06 30t083015z 1234567890 qx7vbn2kd0zz rtrmadp 3 europe sanctions')?.date?.value).toBe(
      '2025-06-30T08:30:15Z',
    );
    expect(readWireMetadata('20250630T083015Z rtrmadp 2 europe ukraine 998877')?.date?.value).toBe('2025-06-30T08:30:15Z');
  });

  it('reads labelled stamps, bare stamps, fields and slugs', () => {
    expect(readWireMetadata('Published: June 3, 2025, 2:10 PM UTC')).toMatchObject({
      kind: 'stamp',
      role: 'published',
      date: { value: '2025-06-03T14:10:00Z' },
    });
    expect(readWireMetadata('Updated May 29, 2025 at 8:05 a.m. EDT')).toMatchObject({ kind: 'stamp', role: 'updated' });
    expect(readWireMetadata('May 28, 2025 4:54 PM GMT+2')).toMatchObject({ kind: 'stamp' });
    expect(readWireMetadata('Keywords: Ukraine, Russia, talks')).toMatchObject({ kind: 'field' });
    expect(readWireMetadata('BC-EU-Ukraine-Russia-Talks')).toMatchObject({ kind: 'slug' });
  });

  it('leaves prose alone', () => {
    expect(readWireMetadata('Published reports say Putin agreed on May 28, 2025 to a deal.')).toBeUndefined();
    expect(readWireMetadata('The Alaska talks and the setting for a potential shift in strategy')).toBeUndefined();
    expect(readWireMetadata('Updated 2 hours ago')).toBeUndefined();
    expect(readWireMetadata('the 2025 talks in geneva were short')).toBeUndefined();
  });
});
