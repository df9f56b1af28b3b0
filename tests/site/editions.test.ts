import { describe, expect, it } from 'vitest';
import { alternates, editionOf, editions, inEdition, originalPath } from '../../src/site/i18n/editions.ts';
import { countOf } from '../../src/site/i18n/plural.ts';
import { site } from './fixtures.ts';

const bilingual = {
  ...site,
  language: 'en',
  languages: [{ code: 'uk', name: 'Українська', title: 'Тестовий брифінг', description: 'Опис тестового брифінгу, досить довгий.' }],
};

describe('editions', () => {
  it('puts the original at the root and each listed language under its prefix', () => {
    expect(editions(bilingual).map((e) => [e.language, e.prefix, e.original])).toEqual([
      ['en', '', true],
      ['uk', '/uk', false],
    ]);
    expect(editionOf(bilingual, 'uk').title).toBe('Тестовий брифінг');
    expect(editionOf(bilingual, undefined).language).toBe('en');
    expect(inEdition(editionOf(bilingual, 'uk'), '/claims/')).toBe('/uk/claims/');
    expect(originalPath(bilingual, '/uk/articles/a/')).toBe('/articles/a/');
    expect(originalPath(bilingual, '/uk')).toBe('/');
    expect(originalPath(bilingual, '/ukraine/')).toBe('/ukraine/');
  });

  it('gives hreflang alternates both ways with x-default, and none for a single-language site', () => {
    const expected = [
      { hreflang: 'en', path: '/articles/a/' },
      { hreflang: 'uk', path: '/uk/articles/a/' },
      { hreflang: 'x-default', path: '/articles/a/' },
    ];
    expect(alternates(bilingual, '/articles/a/')).toEqual(expected);
    expect(alternates(bilingual, '/uk/articles/a/')).toEqual(expected);
    expect(alternates(bilingual, '/articles/b/', (e) => e.original)).toEqual([]);
    expect(alternates(site, '/articles/a/')).toEqual([]);
  });
});

describe('plural forms', () => {
  const forms = { one: 'матеріал', few: 'матеріали', many: 'матеріалів', other: 'матеріалу' };
  it("follow the language's rules", () => {
    expect([1, 2, 5, 11, 21, 22, 25].map((n) => countOf('uk', n, forms))).toEqual([
      '1 матеріал',
      '2 матеріали',
      '5 матеріалів',
      '11 матеріалів',
      '21 матеріал',
      '22 матеріали',
      '25 матеріалів',
    ]);
    expect(countOf('en', 1, { one: 'item', other: 'items' })).toBe('1 item');
    expect(countOf('en', 1200, { one: 'item', other: 'items' })).toBe('1,200 items');
  });
});
