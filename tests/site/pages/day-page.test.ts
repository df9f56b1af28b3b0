import { describe, expect, it } from 'vitest';
import { dayPage } from '../../../src/site/pages/day-page.ts';
import type { DayItem } from '../../../src/site/briefing.ts';
import { testBriefing, testBriefings } from '../briefing-fixture.ts';
import { actor, article, bilingualSite, translation } from '../fixtures.ts';

describe('dayPage', () => {
  const claim = (status: 'claimed' | 'confirmed', note?: string) => ({
    id: 'deal',
    text: 'A deal is close, the envoy says.',
    by: 'envoy',
    status,
    ...(note ? { note } : {}),
  });
  const note: DayItem = {
    id: '2025-08-16',
    data: {
      file: 'content/days/2025-08-16.md',
      takeaways: [
        { text: 'The envoy’s claim was confirmed today.', item: 'confirm' },
        { text: 'Markets barely moved on the news.', source: 'https://markets.example/today' },
      ],
    },
  };
  const sources = {
    actors: [actor('envoy', 'Ivo Marten')],
    days: [note],
    articles: [
      article('first', { published: '2025-08-14T08:00:00Z', claims: [claim('claimed')] }),
      article('confirm', {
        published: '2025-08-16T09:00:00Z',
        keyPoints: ['The statement was signed.'],
        claims: [claim('confirmed', 'Both sides published the text.')],
        events: [{ date: '2025-08-16T07:00:00Z', title: 'Talks opened in the morning' }],
        corrections: [{ date: '2025-08-16T15:00:00Z', text: 'The time of the talks was wrong.' }],
      }),
      article('later', { published: '2025-08-17T09:00:00Z' }),
    ],
  };
  const briefing = testBriefing(sources);
  const day = briefing.dayPages.find((d) => d.date === '2025-08-16')!;
  const model = dayPage(briefing, day);

  it('gives the layout its headline, summary, path and the digest feed', () => {
    expect(model.head.title).toBe('What we know on 16 Aug 2025');
    expect(model.head.path).toBe('/days/2025-08-16/');
    expect(model.head.type).toBe('article');
    expect(model.head.feeds).toEqual([{ title: 'Test Briefing: day by day (RSS)', href: '/digest.xml', type: 'application/rss+xml' }]);
    expect(model.dayLabel).toBe('16 Aug 2025');
    expect(model.crumbs.map((c) => c.label)).toEqual(['Home', 'Days', '16 Aug 2025']);
  });

  it('resolves takeaways to their item, else their source', () => {
    expect(model.takeaways).toEqual([
      { text: 'The envoy’s claim was confirmed today.', item: { href: '/base/articles/confirm/', title: 'Title of confirm' } },
      { text: 'Markets barely moved on the news.', sourceHref: 'https://markets.example/today' },
    ]);
  });

  it("gives the day's items, claim changes with names and history links, events and corrections", () => {
    expect(model.items).toEqual([
      {
        href: '/base/articles/confirm/',
        title: 'Title of confirm',
        published: '2025-08-16T09:00:00Z',
        summary: sources.articles[1]!.data.summary,
        keyPoints: ['The statement was signed.'],
      },
    ]);
    expect(model.claimChanges).toHaveLength(1);
    expect(model.claimChanges[0]).toMatchObject({
      from: 'claimed',
      to: 'confirmed',
      by: { href: '/base/actors/envoy/', title: 'Ivo Marten' },
      item: { href: '/base/articles/confirm/', title: 'Title of confirm' },
      note: 'Both sides published the text.',
    });
    expect(model.claimChanges[0]!.historyHref).toMatch(/^\/base\/claims\/#.+/);
    expect(model.events).toEqual([{ date: '2025-08-16T07:00:00Z', item: { href: '/base/articles/confirm/', title: 'Talks opened in the morning' } }]);
    expect(model.corrections).toEqual([
      { date: '2025-08-16T15:00:00Z', text: 'The time of the talks was wrong.', item: { href: '/base/articles/confirm/', title: 'Title of confirm' } },
    ]);
  });

  it('links the email edition, the digest and the neighbouring days with the base', () => {
    expect(model.email).toEqual({ html: '/base/email/2025-08-16.html', txt: '/base/email/2025-08-16.txt' });
    expect(model.digestHref).toBe('/base/digest.xml');
    expect(model.previous).toEqual({ href: '/base/days/2025-08-14/', label: '14 Aug 2025' });
    expect(model.next).toEqual({ href: '/base/days/2025-08-17/', label: '17 Aug 2025' });
  });

  it('leaves out what a quiet day does not have', () => {
    const quiet = dayPage(
      briefing,
      briefing.dayPages.find((d) => d.date === '2025-08-17')!,
    );
    expect(quiet.takeaways).toEqual([]);
    expect(quiet.claimChanges).toEqual([]);
    expect(quiet.noteHtml).toBeUndefined();
    expect(quiet.next).toBeUndefined();
  });

  it('has no email link for a day past the newest sixty', () => {
    const many = Array.from({ length: 61 }, (_, i) =>
      article(`item-${i}`, { published: new Date(Date.parse('2025-06-01T08:00:00Z') + i * 86_400_000).toISOString() }),
    );
    const long = testBriefing({ articles: many });
    expect(dayPage(long, long.dayPages.at(-1)!).email).toBeUndefined();
    expect(dayPage(long, long.dayPages[0]!).email).toBeDefined();
  });

  it('in a translated edition, links inside it, and the untranslated items in their language', () => {
    const [, uk] = testBriefings({ ...sources, site: bilingualSite, translations: [translation('articles', 'confirm', { title: 'Підтверджено' })] });
    const model = dayPage(
      uk!,
      uk!.dayPages.find((d) => d.date === '2025-08-16')!,
    );
    expect(model.head.path).toBe('/uk/days/2025-08-16/');
    expect(model.items[0]).toMatchObject({ href: '/base/uk/articles/confirm/', title: 'Підтверджено' });
    expect(model.claimChanges[0]!.by).toEqual({ href: '/base/actors/envoy/', lang: 'en-GB', title: 'Ivo Marten' });
    expect(model.claimChanges[0]!.historyHref).toMatch(/^\/base\/uk\/claims\/#/);
    expect(model.previous?.href).toBe('/base/uk/days/2025-08-14/');
    // The email edition and the digest are the original's files.
    expect(model.email?.html).toBe('/base/email/2025-08-16.html');
    expect(model.digestHref).toBe('/base/digest.xml');
  });
});
