import { describe, expect, it } from 'vitest';
import { actorPage } from '../../../src/site/pages/actor-page.ts';
import type { ActorItem } from '../../../src/site/briefing.ts';
import { testBriefing, testBriefings } from '../briefing-fixture.ts';
import { actor, article, bilingualSite, translation } from '../fixtures.ts';

describe('actorPage', () => {
  const envoy: ActorItem = {
    ...actor('envoy', 'Ivo Marten'),
    data: { ...actor('envoy', 'Ivo Marten').data, links: [{ label: 'Official page', url: 'https://gov.example/envoy?x="1"' }] },
    rendered: { html: '<p>An invented profile.</p>' },
  };
  const said = (text: string) => ({ text, by: 'envoy', status: 'claimed' as const });
  const sources = {
    actors: [envoy, actor('aide', 'Ana Brel')],
    articles: [
      article('old', { published: '2025-08-10T08:00:00Z', actors: ['envoy'], claims: [said('The first invented claim of the envoy.')] }),
      article('new', { published: '2025-08-14T08:00:00Z', actors: ['envoy', 'aide'], claims: [said('The second invented claim of the envoy.')] }),
      article('other', { published: '2025-08-15T08:00:00Z', actors: ['aide'] }),
    ],
  };
  const briefing = testBriefing(sources);
  const model = actorPage(briefing, briefing.actors[0]!);

  it('gives the layout its name, description, path and the actor feeds', () => {
    expect(model.head.title).toBe('Ivo Marten');
    expect(model.head.description).toBe('Ivo Marten, Envoy: profile, claims and the items that mention them.');
    expect(model.head.path).toBe('/actors/envoy/');
    expect(model.head.feeds.map((f) => f.href)).toEqual(['/actors/envoy/rss.xml', '/actors/envoy/atom.xml', '/actors/envoy/feed.json']);
    expect(model.follow.rss).toBe('/base/actors/envoy/rss.xml');
  });

  it('gives their profile, their links as parsed URLs, and their claims newest first', () => {
    expect(model).toMatchObject({ name: 'Ivo Marten', role: 'Envoy', affiliation: 'Somewhere', bodyHtml: '<p>An invented profile.</p>' });
    expect(model.links).toEqual([{ label: 'Official page', href: 'https://gov.example/envoy?x=%221%22' }]);
    expect(model.claims.map((c) => c.text)).toEqual(['The second invented claim of the envoy.', 'The first invented claim of the envoy.']);
    expect(model.claimsHeading).toBe('Claims by Ivo Marten');
  });

  it('lists only the items that name them, newest first', () => {
    expect(model.items.map((a) => a.id)).toEqual(['new', 'old']);
    const aide = actorPage(briefing, briefing.actors[1]!);
    expect(aide.items.map((a) => a.id)).toEqual(['other', 'new']);
    expect(aide.claims).toEqual([]);
    expect(aide.links).toEqual([]);
    expect(aide.bodyHtml).toBe('');
  });

  it('in a translated edition, puts the page and its feeds under the edition', () => {
    const [, uk] = testBriefings({ ...sources, site: bilingualSite, translations: [translation('actors', 'envoy', { name: 'Іво Мартен' })] });
    const page = actorPage(
      uk!,
      uk!.actors.find((a) => a.id === 'envoy')!,
    );
    expect(page.head.path).toBe('/uk/actors/envoy/');
    expect(page.follow.json).toBe('/base/uk/actors/envoy/feed.json');
  });
});
