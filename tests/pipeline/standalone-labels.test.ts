// A topic title standing where a name belongs is flagged; the same words as ordinary
// text, at a sentence start or in a subhead, are not.
import { describe, expect, it } from 'vitest';
import { findStandaloneLabels } from '../../src/pipeline/artifacts/standalone-labels.ts';

const labels = ['Housing policy', 'Rent cap'];
const found = (text: string) => findStandaloneLabels([{ text, line: 4 }], labels).map((a) => [a.phrase, a.column, /\(([^)]*)\)/.exec(a.message)![1]]);

describe('findStandaloneLabels', () => {
  it.each([
    ['The mayor said Housing Policy had warned the council.', [['Housing Policy', 16, 'it is the subject of "had warned"']]],
    ['Talks between Riverside and Housing Policy broke down.', [['Housing Policy', 29, 'it is paired with a name']]],
    ['Housing Policy’s lawyers filed the appeal.', [['Housing Policy', 1, 'it takes a possessive']]],
    ['Officials met Rent Cap, Mayor Lind and two aides.', [['Rent Cap', 15, 'it is paired with a name']]],
  ])('flags: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'Housing policy said little about rents, and the rent cap was not discussed.',
    'Housing policy is the council’s first concern this year.',
    'The Riverside Housing Policy Board said it would meet.',
    'Housing Policy',
    'A rent cap, officials said, would be a first.',
  ])('leaves alone: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
