import { describe, expect, it } from 'vitest';
import { typesetData } from '../../src/loader/typography.ts';

describe('typesetData', () => {
  it('typesets items, status updates and translations, whatever shape their lists take', () => {
    const item = typesetData({
      title: 'A "deal"',
      claims: [{ text: "It's agreed", by: 'x' }],
      events: [{ date: '2025-08-15', title: 'Talks "end"' }],
      corrections: [{ date: '2025-08-16', text: 'A "fix"' }],
    });
    expect(item).toMatchObject({
      title: 'A “deal”',
      claims: [{ text: 'It’s agreed' }],
      events: [{ title: 'Talks “end”' }],
      corrections: [{ text: 'A “fix”' }],
    });
    // A status update's claims carry no text; a translation lists titles and texts as strings.
    expect(typesetData({ claims: [{ id: 'c', status: 'confirmed', note: 'Said "yes"' }] })).toEqual({
      claims: [{ id: 'c', status: 'confirmed', note: 'Said “yes”' }],
    });
    expect(typesetData({ events: ['Саміт "на Алясці"'], corrections: ['Було "14"'] })).toEqual({ events: ['Саміт “на Алясці”'], corrections: ['Було “14”'] });
  });
});
