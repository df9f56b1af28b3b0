import { describe, expect, it } from 'vitest';
import { editionLinks } from '../../src/site/i18n/edition-links.ts';
import { editions } from '../../src/site/i18n/editions.ts';
import { localiseCollections } from '../../src/site/i18n/localise-briefing.ts';
import { pageExists, untranslatedPath } from '../../src/site/i18n/page-exists.ts';
import { makeUi } from '../../src/site/i18n/ui.ts';
import { untranslatedTargets } from '../../src/site/i18n/untranslated-targets.ts';
import type { TranslationEntry } from '../../src/site/types.ts';
import { actor, article, site, topic } from './fixtures.ts';

const bilingual = {
  ...site,
  languages: [{ code: 'uk', name: 'Українська', title: 'Тестовий брифінг', description: 'Опис тестового брифінгу, досить довгий.' }],
};
const [original, ukrainian] = editions(bilingual) as [ReturnType<typeof editions>[number], ReturnType<typeof editions>[number]];
const translated = new Set(['articles/a', 'topics/alpha']);
const states = [
  { edition: original, translated: new Set<string>() },
  { edition: ukrainian, translated },
];

const translation = (kind: TranslationEntry['data']['kind'], id: string, data: Record<string, unknown>): TranslationEntry => ({
  id: `uk/${kind}/${id}`,
  data: { language: 'uk', kind, original: id, file: `content/uk/${kind}/${id}.md`, ...data } as TranslationEntry['data'],
});

describe('which pages an edition has', () => {
  it('has a translated edition’s item, topic, actor and editor pages only when translated; every other page always', () => {
    expect(pageExists(ukrainian, translated, '/articles/a/')).toBe(true);
    expect(pageExists(ukrainian, translated, '/articles/b/')).toBe(false);
    expect(pageExists(ukrainian, translated, '/about/')).toBe(false);
    expect(pageExists(ukrainian, translated, '/claims/status/confirmed/')).toBe(true);
    expect(pageExists(ukrainian, translated, '/authors/x/')).toBe(true);
    expect(pageExists(original, new Set(), '/articles/b/')).toBe(true);
    expect(untranslatedPath(ukrainian, '/articles/b/')).toBe('/uk/untranslated/articles/b/');
  });

  it('lists the untranslated entries, each with its original title and path', () => {
    const targets = untranslatedTargets([article('a'), article('b')], [topic('alpha', 1), topic('beta', 2)], [actor('x', 'Xena')], [], translated);
    expect(targets.map((t) => t.path)).toEqual(['/articles/b/', '/topics/beta/', '/actors/x/']);
    expect(targets[0]!.title).toBe('Title of b');
  });
});

describe('links between editions', () => {
  it('gives a translated page hreflang both ways plus x-default, and a switcher to the same page', () => {
    const { alternates, switcher } = editionLinks(bilingual, '/uk/articles/a/', states);
    expect(alternates).toEqual([
      { hreflang: 'en-GB', path: '/articles/a/' },
      { hreflang: 'uk', path: '/uk/articles/a/' },
      { hreflang: 'x-default', path: '/articles/a/' },
    ]);
    expect(switcher.map((s) => [s.language, s.path, s.current, s.missing])).toEqual([
      ['en-GB', '/articles/a/', false, false],
      ['uk', '/uk/articles/a/', true, false],
    ]);
  });

  it('gives an untranslated original no Ukrainian alternate, and a switcher to the no-translation notice', () => {
    const { alternates, switcher } = editionLinks(bilingual, '/articles/b/', states);
    expect(alternates).toEqual([]);
    expect(switcher[1]).toMatchObject({ path: '/uk/untranslated/articles/b/', missing: true });
  });

  it('gives a one-language site neither', () => {
    expect(editionLinks(site, '/articles/a/', [states[0]!])).toEqual({ alternates: [], switcher: [] });
  });
});

describe('a translated edition’s entries and links', () => {
  it('lays translations over the originals, keeps the untranslated as they are, and says which are stale', () => {
    const result = localiseCollections(
      {
        articles: [article('a', { updated: '2025-08-20T10:00:00+02:00' }), article('b')],
        withdrawn: [],
        topics: [topic('alpha', 1)],
        actors: [actor('x', 'Xena')],
        pages: [],
        translations: [
          translation('articles', 'a', { translated: '2025-08-18', title: 'Заголовок матеріалу А', summary: 'Підсумок' }),
          translation('actors', 'x', { translated: '2025-08-18', name: 'Ксена', role: 'Посланниця' }),
        ],
      },
      'uk',
    );
    expect(result.articles.map((a) => a.data.title)).toEqual(['Заголовок матеріалу А', 'Title of b']);
    expect(result.actors[0]!.data).toMatchObject({ name: 'Ксена', role: 'Посланниця', affiliation: 'Somewhere' });
    expect(result.topics[0]!.data.title).toBe('Topic alpha');
    expect(result.translated.get('articles/a')?.stale?.updated).toBe('2025-08-20T10:00:00+02:00');
    expect(result.translated.get('actors/x')?.stale).toBeUndefined();
    expect(result.translated.has('articles/b')).toBe(false);
  });

  it('links an entry inside the edition when translated, else the original marked with its language', () => {
    const ui = makeUi({ edition: ukrainian, originalLanguage: 'en-GB', withBase: (p) => `/base${p}`, has: (kind, id) => translated.has(`${kind}/${id}`) });
    expect(ui.entry('articles', 'a')).toEqual({ href: '/base/uk/articles/a/' });
    expect(ui.entry('articles', 'b')).toEqual({ href: '/base/articles/b/', lang: 'en-GB' });
    expect(ui.link('/claims/')).toBe('/base/uk/claims/');
    expect(ui.foreign).toBe('en-GB');
    const english = makeUi({ edition: original, originalLanguage: 'en-GB', withBase: (p) => p, has: () => false });
    expect(english.entry('articles', 'b')).toEqual({ href: '/articles/b/' });
    expect(english.foreign).toBeUndefined();
  });
});
