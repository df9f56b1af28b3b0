import { describe, expect, it } from 'vitest';
import { en } from '../../src/site/i18n/messages/en.ts';
import { uk } from '../../src/site/i18n/messages/uk.ts';
import { messagesFor } from '../../src/site/i18n/ui.ts';

/** Every key path of a catalogue with the kind of its value. */
function shape(value: unknown, path = ''): string[] {
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k));
  return [`${path}:${typeof value}`];
}

describe('message catalogues', () => {
  it('give Ukrainian every English key, each with a value of the same kind', () => {
    expect(shape(uk)).toEqual(shape(en));
  });

  it('leave no Ukrainian message empty or copied from English (bar proper names)', () => {
    const strings = (v: unknown, path = ''): Array<[string, string]> =>
      v && typeof v === 'object' ? Object.entries(v).flatMap(([k, x]) => strings(x, `${path}.${k}`)) : typeof v === 'string' ? [[path, v]] : [];
    const english = new Map(strings(en));
    for (const [path, text] of strings(uk)) {
      expect(text.trim().length, path).toBeGreaterThan(0);
      if (text === english.get(path) && text.length > 4) expect(path).toMatch(/feeds|json/);
    }
  });

  it('words counts by Ukrainian plural rules and reading time in minutes', () => {
    expect([1, 3, 5, 11, 21, 22].map((n) => uk.count.items(n))).toEqual([
      '1 матеріал',
      '3 матеріали',
      '5 матеріалів',
      '11 матеріалів',
      '21 матеріал',
      '22 матеріали',
    ]);
    expect(uk.readingTime(1)).toBe('1 хвилина читання');
    expect(uk.readingTime(4)).toBe('4 хвилини читання');
    expect(uk.readingTime(7)).toBe('7 хвилин читання');
    expect(en.readingTime(4)).toBe('4 min read');
    expect(en.count.claims(1)).toBe('1 claim');
  });

  it('picks a catalogue by language, region tags included, English when a language has none', () => {
    expect(messagesFor('uk')).toBe(uk);
    expect(messagesFor('en-GB')).toBe(en);
    expect(messagesFor('xx')).toBe(en);
  });
});
