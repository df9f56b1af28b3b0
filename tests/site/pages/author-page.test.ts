import { describe, expect, it } from 'vitest';
import type { AuthorItem } from '../../../src/site/briefing.ts';
import { authorPage } from '../../../src/site/pages/author-page.ts';
import { testBriefing, testBriefings } from '../briefing-fixture.ts';
import { article, author, bilingualSite } from '../fixtures.ts';

describe('authorPage', () => {
  const mira: AuthorItem = {
    ...author('mira', 'Mira Solt', 'Correspondent'),
    data: {
      ...author('mira', 'Mira Solt', 'Correspondent').data,
      email: 'mira@news.example.org',
      links: [{ label: 'Profile', url: 'https://social.example/@mira' }],
    },
    rendered: { html: '<p>An invented bio.</p>' },
  };
  const sources = {
    authors: [mira, author('olek', 'Olek Varn', 'Editor')],
    articles: [
      article('a', { published: '2025-08-10T08:00:00Z', authors: ['mira'], reviewedBy: 'olek' }),
      article('b', { published: '2025-08-14T08:00:00Z', authors: ['olek', 'mira'] }),
      article('c', { published: '2025-08-15T08:00:00Z', authors: ['olek'], reviewedBy: 'mira' }),
    ],
  };
  const briefing = testBriefing(sources);
  const model = authorPage(
    briefing,
    briefing.authors.find((a) => a.id === 'mira')!,
  );

  it('gives the layout and the trail through the authors index', () => {
    expect(model.head).toEqual({ title: 'Mira Solt', description: 'Mira Solt, Correspondent: bio and items.', path: '/authors/mira/' });
    expect(model.crumbs).toEqual([{ label: 'Home', path: '/' }, { label: 'Authors', path: '/authors/' }, { label: 'Mira Solt' }]);
  });

  it('gives the bio, the mail link and the other links', () => {
    expect(model.bioHtml).toBe('<p>An invented bio.</p>');
    expect(model.email).toEqual({ address: 'mira@news.example.org', href: 'mailto:mira@news.example.org' });
    expect(model.links).toEqual([{ label: 'Profile', href: 'https://social.example/@mira' }]);
  });

  it('lists what they wrote and what they reviewed, each newest first', () => {
    expect(model.written.map((a) => a.id)).toEqual(['b', 'a']);
    expect(model.reviewed.map((a) => a.id)).toEqual(['c']);
    expect(model.writtenHeading).toBe('Items by Mira Solt');
    const olek = authorPage(
      briefing,
      briefing.authors.find((a) => a.id === 'olek')!,
    );
    expect(olek.email).toBeUndefined();
    expect(olek.links).toEqual([]);
    expect(olek.reviewed.map((a) => a.id)).toEqual(['a']);
  });

  it('in a translated edition, has its page under the edition', () => {
    const [, uk] = testBriefings({ ...sources, site: bilingualSite });
    expect(authorPage(uk!, uk!.authors[0]!).head.path).toBe('/uk/authors/mira/');
  });
});
