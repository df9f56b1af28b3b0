import { parseFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { edition, EMAIL_EDITION_DAYS, emailDays } from '../../src/email/edition.ts';
import { emailMjml, renderEmailHtml } from '../../src/email/email-html.ts';
import { renderEmailText } from '../../src/email/email-text.ts';
import { digestFeed } from '../../src/feeds/digest-feed.ts';
import { renderRss } from '../../src/feeds/rss.ts';
import { claimLedger } from '../../src/site/claim-ledger.ts';
import { dayPages } from '../../src/site/days.ts';
import { dateFormatter } from '../../src/site/format-date.ts';
import { absoluteUrl } from '../../src/site/page-meta.ts';
import { emailProblems } from '../support/email-rules.ts';
import { article, site } from '../site/fixtures.ts';

const claim = (status: 'claimed' | 'denied') => ({ id: 'offer', text: 'The envoy said the offer <b>stands</b> & holds.', by: 'envoy', status });
const articles = [
  article('first', {
    title: 'Talks open in Geneva & <Lausanne>',
    published: '2025-08-15T09:00:00+02:00',
    keyPoints: ['Six hours of talks.'],
    claims: [claim('claimed')],
  }),
  article('second', {
    published: '2025-08-16T23:30:00Z',
    claims: [claim('denied')],
    corrections: [{ date: '2025-08-17T10:00:00Z', text: 'An earlier version named the wrong ministry.' }],
  }),
];
const now = Date.parse('2025-08-20T10:00:00Z');
const notes = [
  {
    id: '2025-08-17',
    data: {
      takeaways: [
        { text: 'The offer was denied within a day.', item: 'second' },
        { text: 'Lawyers read the draft.', source: 'https://wire.example/a?b=1&c=2' },
      ],
      file: 'content/days/2025-08-17.md',
      wordCount: 0,
      readingMinutes: 0,
      headings: [],
    },
  },
];
const pages = dayPages({ articles, ledger: claimLedger(articles), notes, timeZone: 'Europe/Brussels', now });
const url = (path: string) => absoluteUrl('https://news.example.org', '/briefing/', path);
const context = { site, dates: dateFormatter(site.language, site.timezone), actorName: (id: string) => (id === 'envoy' ? 'Ada Envoy' : id), url };
const editions = pages.map((page) => edition(page, context));
const day = editions.find((e) => e.pageUrl.endsWith('/days/2025-08-17/'))!;

describe('the email edition', () => {
  it('is email-safe HTML: no script, at most 600 px wide, inline styles, absolute links, no web fonts', async () => {
    const html = await renderEmailHtml(day);
    expect(emailProblems(html)).toEqual([]);
    expect(html).toContain('<table');
    expect(html).toMatch(/<html[^>]*lang="en-GB"/);
    expect(html).toContain('href="https://news.example.org/briefing/articles/second/"');
  });

  it('the rules catch what would break an email', () => {
    expect(
      emailProblems('<html><body><script>1</script><table width="700"><tr><td><a href="/x">x</a><img src="/a.png"></td></tr></table></body></html>'),
    ).toEqual([
      'script, frame, form or linked stylesheet present',
      '<table width="700">',
      '<a> without an inline style: x',
      'relative or unsafe link /x',
      '<img src="/a.png"> without alt',
      '<img> with a relative src /a.png',
    ]);
    expect(emailProblems('<html><head><style>@import url(https://fonts.googleapis.com/x); .a { max-width: 640px }</style></head></html>')).toEqual([
      'web fonts referenced',
      'CSS width 640px',
    ]);
  });

  it('escapes content: markup in titles and claims stays text', async () => {
    const html = await renderEmailHtml(editions.find((e) => e.pageUrl.endsWith('/2025-08-15/'))!);
    expect(html).toContain('Talks open in Geneva &amp; &lt;Lausanne&gt;');
    expect(html).not.toContain('<Lausanne>');
    expect(emailMjml(day)).toContain('&lt;b&gt;stands&lt;/b&gt; &amp; holds');
  });

  it('says the same in the plain-text part, every link written out', () => {
    const text = renderEmailText(day);
    expect(text).toContain('What we know on 17 Aug 2025');
    expect(text).toContain('* The offer was denied within a day. (Title of second: https://news.example.org/briefing/articles/second/)');
    expect(text).toContain('* Lawyers read the draft. (Source: https://wire.example/a?b=1&c=2)');
    expect(text).toContain('Claimed -> Denied: The envoy said the offer <b>stands</b> & holds.');
    expect(text).toContain('An earlier version named the wrong ministry.');
    expect(text).toContain('Previous day (15 Aug 2025): https://news.example.org/briefing/days/2025-08-15/');
    expect(text).not.toMatch(/<(a|p|table)\b/);
  });
});

describe('which days get an edition', () => {
  it('is the newest days, up to the limit', () => {
    const many = Array.from({ length: EMAIL_EDITION_DAYS + 5 }, (_, i) => ({ date: `day-${String(1000 - i)}` }));
    const days = emailDays(many);
    expect(days.size).toBe(EMAIL_EDITION_DAYS);
    expect(days.has('day-1000')).toBe(true);
    expect(days.has(`day-${1000 - EMAIL_EDITION_DAYS}`)).toBe(false);
  });
});

describe('the digest feed', () => {
  const head = {
    title: 'Test Briefing',
    description: 'A test.',
    language: 'en-GB',
    homeUrl: url('/days/'),
    selfUrl: url('/digest.xml'),
    contact: site.contact,
  };
  it('parses as RSS with one item per day, newest first, linking the day pages', () => {
    const feed = digestFeed(
      pages.map((page, i) => ({ edition: editions[i]!, published: page.lastDate })),
      head,
    );
    const parsed = parseFeed(renderRss(feed));
    expect(parsed.format).toBe('rss');
    const items = parsed.format === 'rss' ? (parsed.feed.items ?? []) : [];
    expect(items.map((i) => i.link)).toEqual(['https://news.example.org/briefing/days/2025-08-17/', 'https://news.example.org/briefing/days/2025-08-15/']);
    expect(items[0]!.title).toBe('What we know on 17 Aug 2025');
    expect(items[0]!.content?.encoded).toContain('href="https://news.example.org/briefing/articles/second/"');
  });

  it('is valid with no day at all', () => {
    const parsed = parseFeed(renderRss(digestFeed([], head)));
    expect(parsed.format).toBe('rss');
  });
});
