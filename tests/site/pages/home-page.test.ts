import { describe, expect, it } from 'vitest';
import { homePage } from '../../../src/site/pages/home-page.ts';
import { FIXTURE_NOW, testBriefing, testBriefings } from '../briefing-fixture.ts';
import { actor, article, bilingualSite, dayNote, site, topic, translation } from '../fixtures.ts';

const claim = (id: string, status: 'claimed' | 'unconfirmed' | 'confirmed') => ({ id, text: `Claim ${id} in one plain sentence.`, by: 'envoy', status });
const points = (id: string) => [`First point of ${id}.`, `Second point of ${id}.`];
const articles = [
  article('older', { published: '2025-08-15T09:00:00+02:00', topics: ['beta'], keyPoints: points('older'), claims: [claim('talks', 'claimed')] }),
  article('newer', { published: '2025-08-17T09:00:00+02:00', topics: ['alpha', 'beta'], keyPoints: points('newer'), claims: [claim('talks', 'confirmed')] }),
  article('chosen', { published: '2025-08-16T09:00:00+02:00', topics: ['beta'], updated: '2025-08-17T20:00:00+02:00' }),
];
const sources = { articles, topics: [topic('beta', 2, 'Beta'), topic('alpha', 1, 'Alpha')], actors: [actor('envoy', 'Envoy Vale')] };

describe('homePage', () => {
  it("gives the layout the edition's title and the home path, and heads with the story's name", () => {
    const model = homePage(testBriefing({ ...sources, site: { ...site, story: 'The talks' } }), FIXTURE_NOW);
    expect(model.head).toEqual({ title: site.title, description: site.description, path: '/' });
    expect(model.heading).toBe('The talks');
    expect(model.headingSuffix).toBe(site.title);
    expect(model.updated).toBe('2025-08-17T20:00:00+02:00');
  });

  it("leads with the editors' choice, resolves its link and kicker, and lists the others newest first", () => {
    const model = homePage(testBriefing({ ...sources, site: { ...site, lead: 'chosen' } }), FIXTURE_NOW);
    expect(model.lead).toEqual({
      href: '/base/articles/chosen/',
      title: 'Title of chosen',
      summary: articles[2]!.data.summary,
      published: '2025-08-16T09:00:00+02:00',
      visibility: 'public',
      kicker: 'Beta',
    });
    expect(model.latest.map((a) => a.id)).toEqual(['newer', 'older']);
    expect(model.states.map((s) => [s.topic.id, s.latest?.id, s.itemCount])).toEqual([
      ['alpha', 'newer', 1],
      ['beta', 'newer', 3],
    ]);
  });

  it("takes the newest items' points round-robin, each linking its item under the base", () => {
    const model = homePage(testBriefing(sources), FIXTURE_NOW);
    expect(model.takeaways).toEqual([
      { text: 'First point of newer.', href: '/base/articles/newer/' },
      { text: 'First point of older.', href: '/base/articles/older/' },
      { text: 'Second point of newer.', href: '/base/articles/newer/' },
      { text: 'Second point of older.', href: '/base/articles/older/' },
    ]);
  });

  it("lets the latest day's note win, its source links kept as they are", () => {
    const note = dayNote('2025-08-17', [
      { text: 'The envoys met for six hours.', item: 'newer' },
      { text: 'A wire agency reported the venue.', source: 'https://wire.example/venue' },
      { text: 'Nothing was signed.' },
    ]);
    const model = homePage(testBriefing({ ...sources, days: [note] }), FIXTURE_NOW);
    expect(model.takeaways.slice(0, 3)).toEqual([
      { text: 'The envoys met for six hours.', href: '/base/articles/newer/' },
      { text: 'A wire agency reported the venue.', href: 'https://wire.example/venue' },
      { text: 'Nothing was signed.' },
    ]);
    expect(model.latestDay?.date).toBe('2025-08-17');
  });

  it('shows the claims that changed status, else the newest claims', () => {
    const changed = homePage(testBriefing(sources), FIXTURE_NOW);
    expect(changed.changes.map((c) => [c.claim.anchor, c.from, c.to])).toEqual([['claim-talks', 'claimed', 'confirmed']]);
    expect(changed.claims).toEqual([]);
    expect(changed.actors.get('envoy')?.data.name).toBe('Envoy Vale');
    const still = homePage(testBriefing({ ...sources, articles: [articles[0]!] }), FIXTURE_NOW);
    expect(still.changes).toEqual([]);
    expect(still.claims.map((c) => c.anchor)).toEqual(['claim-talks']);
  });

  it('links the edition’s sections, and has nothing to lead with on an empty site', () => {
    const model = homePage(testBriefing(), FIXTURE_NOW);
    expect(model.links).toEqual({ allItems: '/base/articles/', timeline: '/base/timeline/', everyClaim: '/base/claims/' });
    expect(model.lead).toBeUndefined();
    expect(model.takeaways).toEqual([]);
    expect(model.updated).toBeUndefined();
  });

  it('on a translated edition heads with its title, links its own items, and marks untranslated ones with their language', () => {
    const [, uk] = testBriefings({
      ...sources,
      site: bilingualSite,
      translations: [translation('articles', 'newer', { title: 'Новіший матеріал', keyPoints: ['Перший пункт.', 'Другий пункт.'] })],
    });
    const model = homePage(uk!, FIXTURE_NOW);
    expect(model.head.path).toBe('/uk/');
    expect(model.heading).toBe('Тестовий брифінг');
    expect(model.headingSuffix).toBeUndefined();
    expect(model.lead).toMatchObject({ href: '/base/uk/articles/newer/', title: 'Новіший матеріал' });
    expect(model.lead?.lang).toBeUndefined();
    expect(model.takeaways[0]).toEqual({ text: 'Перший пункт.', href: '/base/uk/articles/newer/' });
    expect(model.takeaways[1]).toEqual({ text: 'First point of older.', href: '/base/articles/older/', lang: 'en-GB' });
    expect(model.links.allItems).toBe('/base/uk/articles/');
  });
});
