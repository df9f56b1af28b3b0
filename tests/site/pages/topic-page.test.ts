import { describe, expect, it } from 'vitest';
import { topicPage } from '../../../src/site/pages/topic-page.ts';
import { testBriefing, testBriefings } from '../briefing-fixture.ts';
import { actor, article, bilingualSite, territory, topic, translation } from '../fixtures.ts';

describe('topicPage', () => {
  const alpha = { ...topic('alpha', 1, 'Alpha'), data: { ...topic('alpha', 1, 'Alpha').data, asOf: '2025-08-16', openQuestions: ['Who signs?'] } };
  const first = article('first', {
    published: '2025-08-12T08:00:00Z',
    topics: ['alpha'],
    actors: ['envoy'],
    claims: [{ text: 'Talks will resume next week, the envoy says.', by: 'envoy', status: 'claimed' }],
  });
  const second = article('second', { published: '2025-08-15T08:00:00Z', topics: ['beta', 'alpha'] });
  const elsewhere = article('elsewhere', { published: '2025-08-16T08:00:00Z', topics: ['beta'] });
  const sources = {
    articles: [first, second, elsewhere],
    topics: [alpha, topic('beta', 2, 'Beta'), topic('territory', 3, 'Territory'), topic('actors', 4, 'Actors')],
    actors: [actor('envoy', 'Ivo Marten'), actor('aide', 'Ana Brel')],
    territory: [territory('2025-08-01'), territory('2025-08-14')],
  };
  const briefing = testBriefing(sources);
  const model = topicPage(briefing, briefing.topics[0]!);

  it('gives the layout its path, the topic feeds and the drawn card', () => {
    expect(model.head).toEqual({
      title: 'Alpha',
      description: alpha.data.summary,
      path: '/topics/alpha/',
      feeds: [
        { title: 'Alpha (RSS)', href: '/topics/alpha/rss.xml', type: 'application/rss+xml' },
        { title: 'Alpha (Atom)', href: '/topics/alpha/atom.xml', type: 'application/atom+xml' },
        { title: 'Alpha (JSON Feed)', href: '/topics/alpha/feed.json', type: 'application/feed+json' },
      ],
    });
    expect(model.card.url).toBe('/base/og/topics/alpha.png');
    expect(model.follow).toEqual({
      label: 'Follow Alpha (RSS)',
      rss: '/base/topics/alpha/rss.xml',
      atom: '/base/topics/alpha/atom.xml',
      json: '/base/topics/alpha/feed.json',
    });
  });

  it("lists the topic's items newest first, its claims, its timeline and where it stands", () => {
    expect(model.items.map((a) => a.id)).toEqual(['second', 'first']);
    expect(model.claims.map((c) => c.by)).toEqual(['envoy']);
    expect(model.claimActors.get('envoy')?.data.name).toBe('Ivo Marten');
    expect(model.events.map((e) => e.articleId).sort()).toEqual(['first', 'second']);
    expect(model).toMatchObject({ status: 'Where it stands now.', asOf: '2025-08-16', openQuestions: ['Who signs?'] });
    // The newest day of the whole briefing, not of the topic.
    expect(model.latestDay?.date).toBe('2025-08-16');
  });

  it('jumps only to the sections the page has', () => {
    expect(model.jumps.map((j) => j.id)).toEqual(['claims', 'timeline', 'items']);
    const empty = testBriefing({ topics: [topic('lonely', 1)] });
    expect(topicPage(empty, empty.topics[0]!).jumps.map((j) => j.id)).toEqual(['items']);
    expect(topicPage(empty, empty.topics[0]!).items).toEqual([]);
    expect(model.whoIsWho).toBeUndefined();
    expect(model.map).toBeUndefined();
    expect(model.earlier).toEqual([]);
  });

  it("leads the territory topic with the latest snapshot's map and lists the earlier ones", () => {
    const page = topicPage(
      briefing,
      briefing.topics.find((t) => t.id === 'territory')!,
    );
    expect(page.map?.id).toBe('2025-08-14');
    expect(page.earlier).toEqual([{ asOf: '2025-08-01', title: 'Snapshot of 2025-08-01', summary: 'Who held what on 2025-08-01, as assessed.' }]);
  });

  it("gives the actors topic the who's-who, every actor by name, and jumps to it first", () => {
    const page = topicPage(
      briefing,
      briefing.topics.find((t) => t.id === 'actors')!,
    );
    expect(page.whoIsWho?.map((e) => [e.actor.id, e.claimCount])).toEqual([
      ['aide', 0],
      ['envoy', 1],
    ]);
    expect(page.jumps[0]).toEqual({ id: 'whos-who', label: 'Who’s who' });
  });

  it('in a translated edition, keeps feeds and follow links inside it', () => {
    const [, uk] = testBriefings({ ...sources, site: bilingualSite, translations: [translation('topics', 'alpha', { title: 'Альфа' })] });
    const page = topicPage(
      uk!,
      uk!.topics.find((t) => t.id === 'alpha')!,
    );
    expect(page.title).toBe('Альфа');
    expect(page.head.path).toBe('/uk/topics/alpha/');
    expect(page.head.feeds[0]).toMatchObject({ href: '/uk/topics/alpha/rss.xml' });
    expect(page.follow.rss).toBe('/base/uk/topics/alpha/rss.xml');
    expect(page.card.url).toBe('/base/og/uk/topics/alpha.png');
  });
});
