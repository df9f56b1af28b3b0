import { describe, expect, it } from 'vitest';
import { actorsIndexPage, articlesIndexPage, authorsIndexPage, daysIndexPage, topicsIndexPage } from '../../../src/site/pages/index-pages.ts';
import { FIXTURE_NOW, testBriefing, testBriefings } from '../briefing-fixture.ts';
import { actor, article, author, bilingualSite, dayNote, topic, translation } from '../fixtures.ts';

const claim = (id: string, by: string) => ({ id, text: `Claim ${id} in one plain sentence.`, by, status: 'claimed' as const });
const articles = [
  article('july', { published: '2025-07-30T09:00:00+02:00', topics: ['beta'], authors: ['ola'], reviewedBy: 'ben' }),
  article('aug-a', {
    published: '2025-08-15T09:00:00+02:00',
    topics: ['alpha'],
    authors: ['ola', 'ben'],
    claims: [claim('one', 'zed'), claim('two', 'zed'), claim('three', 'zed')],
  }),
  article('aug-b', { published: '2025-08-17T09:00:00+02:00', topics: ['beta'] }),
];
const sources = {
  articles,
  topics: [topic('beta', 2, 'Beta'), topic('alpha', 1, 'Alpha')],
  actors: [actor('zed', 'Zed Orrin'), actor('abe', 'Abe Lund')],
  authors: [author('ola', 'Ola Brink'), author('ben', 'Ben Aster', 'Editor')],
};

describe('articlesIndexPage', () => {
  it('groups every item by month, newest first, with the kickers’ titles', () => {
    const model = articlesIndexPage(testBriefing(sources));
    expect(model.head).toEqual({ title: 'All items', description: 'Every item in Test Briefing, newest first.', path: '/articles/' });
    expect(model.crumbs).toEqual([{ label: 'Home', path: '/' }, { label: 'Items' }]);
    expect(model.months.map((m) => [m.label, m.items.map((a) => a.id)])).toEqual([
      ['August 2025', ['aug-b', 'aug-a']],
      ['July 2025', ['july']],
    ]);
    expect(model.topicTitles.get('beta')).toBe('Beta');
    expect(articlesIndexPage(testBriefing()).months).toEqual([]);
  });
});

describe('topicsIndexPage', () => {
  it("gives every topic in the editors' order with its newest item", () => {
    const model = topicsIndexPage(testBriefing(sources));
    expect(model.head.path).toBe('/topics/');
    expect(model.states.map((s) => [s.topic.id, s.latest?.id, s.itemCount])).toEqual([
      ['alpha', 'aug-a', 1],
      ['beta', 'aug-b', 2],
    ]);
  });
});

describe('actorsIndexPage', () => {
  it('lists every actor by name with their two latest claims and their count', () => {
    const model = actorsIndexPage(testBriefing(sources));
    expect(model.head.path).toBe('/actors/');
    expect(model.entries.map((e) => [e.actor.id, e.claims.length, e.claimCount])).toEqual([
      ['abe', 0, 0],
      ['zed', 2, 3],
    ]);
    expect(model.legendHref).toBeUndefined();
  });
});

describe('authorsIndexPage', () => {
  it('lists the desk by name with items written and reviewed, linked under the base', () => {
    const model = authorsIndexPage(testBriefing(sources));
    expect(model.head).toEqual({ title: 'Authors', description: 'The people who write and review Test Briefing.', path: '/authors/' });
    expect(model.authors).toEqual([
      { href: '/base/authors/ben/', name: 'Ben Aster', role: 'Editor', items: 1, reviews: 1 },
      { href: '/base/authors/ola/', name: 'Ola Brink', role: 'Reporter', items: 2, reviews: 0 },
    ]);
  });
});

describe('daysIndexPage', () => {
  it('lists the days newest first with their headline and summary, and advertises the digest feed', () => {
    const model = daysIndexPage(testBriefing({ ...sources, days: [dayNote('2025-08-15', [{ text: 'Envoys met in Geneva.' }])] }, { now: FIXTURE_NOW }));
    expect(model.head.feeds).toEqual([{ title: 'Test Briefing: day by day (RSS)', href: '/digest.xml', type: 'application/rss+xml' }]);
    expect(model.head.path).toBe('/days/');
    expect(model.digestHref).toBe('/base/digest.xml');
    expect(model.days.map((d) => d.href)).toEqual(['/base/days/2025-08-17/', '/base/days/2025-08-15/', '/base/days/2025-07-30/']);
    expect(model.days[0]).toEqual({ href: '/base/days/2025-08-17/', headline: 'What we know on 17 Aug 2025', lead: 'Title of aug-b', rest: ' · 1 item' });
    expect(model.days[1]!.lead).toBe('Envoys met in Geneva.');
    expect(daysIndexPage(testBriefing()).days).toEqual([]);
  });

  it("marks a translated edition's untranslated leads with the original's language", () => {
    const [, uk] = testBriefings({ ...sources, site: bilingualSite, translations: [translation('articles', 'aug-b', { title: 'Серпневий матеріал' })] });
    const model = daysIndexPage(uk!);
    expect(model.head.path).toBe('/uk/days/');
    expect(model.days[0]).toMatchObject({ href: '/base/uk/days/2025-08-17/', lead: 'Серпневий матеріал' });
    expect(model.days[0]!.leadLang).toBeUndefined();
    expect(model.days[2]).toMatchObject({ lead: 'Title of july', leadLang: 'en-GB' });
  });
});
