import { describe, expect, it } from 'vitest';
import { claimLedger } from '../../src/site/claim-ledger.ts';
import { dayBounds, dayKey } from '../../src/site/day-key.ts';
import { dayJsonLd } from '../../src/site/day-json-ld.ts';
import { daySummary } from '../../src/site/day-text.ts';
import { dayPages } from '../../src/site/days.ts';
import { latestTakeaways } from '../../src/site/latest-takeaways.ts';
import type { DayEntry } from '../../src/site/types.ts';
import { article, site } from './fixtures.ts';

const claim = (id: string, status: 'claimed' | 'unconfirmed' | 'denied', note?: string) => ({
  id,
  text: `Claim ${id} said in one sentence.`,
  by: 'envoy',
  status,
  ...(note ? { note } : {}),
});
const note = (id: string, takeaways: DayEntry['data']['takeaways'], html = ''): DayEntry => ({
  id,
  data: { takeaways, file: `content/days/${id}.md` },
  rendered: { html },
});

// Build time: 20 August 2025, noon in Brussels.
const now = Date.parse('2025-08-20T10:00:00Z');
const articles = [
  article('first', {
    published: '2025-08-15T09:00:00+02:00',
    keyPoints: ['Envoys met in Geneva for six hours.'],
    claims: [claim('offer', 'claimed')],
    events: [{ date: '2025-08-14', title: 'Envoys arrive in Geneva' }],
  }),
  // 23:30 UTC on the 16th is 01:30 on the 17th in Brussels.
  article('late-night', { published: '2025-08-16T23:30:00Z', claims: [claim('offer', 'unconfirmed')] }),
  article('with-correction', {
    published: '2025-08-17T08:00:00Z',
    corrections: [{ date: '2025-08-19T16:00:00+02:00', text: 'An earlier version gave the wrong city for the meeting.' }],
  }),
  article('draft', { published: '2025-08-18T08:00:00Z', status: 'draft', claims: [claim('offer', 'denied')] }),
  article('scheduled', { published: '2025-08-25T08:00:00Z' }),
];
const ledger = claimLedger(articles);
const notes = [
  note(
    '2025-08-17',
    [
      { text: 'The offer is still not confirmed by anyone else.', item: 'late-night' },
      { text: 'A source said so on the record.', source: 'https://wire.example/story' },
    ],
    '<p>Editor’s note.</p>',
  ),
  note('2025-08-30', [{ text: 'A note for a day that has not come yet.' }]),
];
const pages = dayPages({ articles, ledger, notes, timeZone: 'Europe/Brussels', now });
const byDate = new Map(pages.map((p) => [p.date, p]));

describe('day keys', () => {
  it('puts a date-time on its day in the site zone and keeps bare dates as written', () => {
    expect(dayKey('2025-08-16T23:30:00Z', 'Europe/Brussels')).toBe('2025-08-17');
    expect(dayKey('2025-08-16T23:30:00Z', 'UTC')).toBe('2025-08-16');
    expect(dayKey('2025-08-16', 'Pacific/Auckland')).toBe('2025-08-16');
    expect(dayBounds('2025-08-17', 'Europe/Brussels')).toEqual({ start: '2025-08-17T00:00:00+02:00', end: '2025-08-17T23:59:59+02:00' });
    expect(dayBounds('2025-01-17', 'UTC')).toEqual({ start: '2025-01-17T00:00:00Z', end: '2025-01-17T23:59:59Z' });
  });
});

describe('day pages', () => {
  it('makes one page per day with news, newest first, with neighbours', () => {
    expect(pages.map((p) => p.date)).toEqual(['2025-08-19', '2025-08-17', '2025-08-15', '2025-08-14']);
    expect(byDate.get('2025-08-17')).toMatchObject({ previous: '2025-08-15', next: '2025-08-19', path: '/days/2025-08-17/' });
    expect(byDate.get('2025-08-19')!.next).toBeUndefined();
    expect(byDate.get('2025-08-14')!.previous).toBeUndefined();
  });

  it('counts an item at 23:30 UTC on the next day in Brussels', () => {
    expect(byDate.has('2025-08-16')).toBe(false);
    expect(byDate.get('2025-08-17')!.items.map((i) => i.id)).toEqual(['with-correction', 'late-night']);
    const utc = dayPages({ articles, ledger, notes: [], timeZone: 'UTC', now });
    expect(utc.find((p) => p.date === '2025-08-16')!.items.map((i) => i.id)).toEqual(['late-night']);
  });

  it('gives a day with only a correction its own page', () => {
    const day = byDate.get('2025-08-19')!;
    expect(day.items).toEqual([]);
    expect(day.corrections).toEqual([
      {
        date: '2025-08-19T16:00:00+02:00',
        text: 'An earlier version gave the wrong city for the meeting.',
        articleId: 'with-correction',
        articleTitle: 'Title of with-correction',
      },
    ]);
    expect(daySummary(day)).toBe('1 correction');
  });

  it('lists key points, claim status changes (old → new with notes) and events on their days', () => {
    expect(byDate.get('2025-08-15')!.items[0]!.keyPoints).toEqual(['Envoys met in Geneva for six hours.']);
    expect(byDate.get('2025-08-17')!.claimChanges).toMatchObject([{ anchor: 'claim-offer', from: 'claimed', to: 'unconfirmed', articleId: 'late-night' }]);
    expect(byDate.get('2025-08-14')!.events).toEqual([{ date: '2025-08-14', title: 'Envoys arrive in Geneva', articleId: 'first' }]);
    const noted = [
      article('a', { published: '2025-08-10', claims: [claim('x', 'claimed')] }),
      article('b', { published: '2025-08-11', claims: [claim('x', 'denied', 'The ministry denied it in writing.')] }),
    ] as Parameters<typeof claimLedger>[0];
    const ledgerWithNotes = claimLedger(noted).map((c) => ({
      ...c,
      reports: c.reports.map((r, i) => (i === 1 ? { ...r, note: 'The ministry denied it in writing.' } : r)),
    }));
    const withNote = dayPages({ articles: noted, ledger: ledgerWithNotes, notes: [], timeZone: 'UTC', now });
    expect(withNote[0]!.claimChanges[0]).toMatchObject({ from: 'claimed', to: 'denied', note: 'The ministry denied it in writing.' });
  });

  it('never shows drafts or scheduled items, nor changes they report, nor future day notes', () => {
    const all = pages.flatMap((p) => [...p.items.map((i) => i.id), ...p.claimChanges.map((c) => c.articleId)]);
    expect(all).not.toContain('draft');
    expect(all).not.toContain('scheduled');
    expect(byDate.has('2025-08-18')).toBe(false);
    expect(byDate.has('2025-08-25')).toBe(false);
    expect(byDate.has('2025-08-30')).toBe(false);
  });

  it('puts the editor’s takeaways and note on the day', () => {
    const day = byDate.get('2025-08-17')!;
    expect(day.takeaways).toEqual([
      { text: 'The offer is still not confirmed by anyone else.', item: { id: 'late-night', title: 'Title of late-night' } },
      { text: 'A source said so on the record.', source: 'https://wire.example/story' },
    ]);
    expect(day.noteHtml).toBe('<p>Editor’s note.</p>');
    expect(day.firstDate).toBe('2025-08-16T23:30:00Z');
    expect(day.lastDate).toBe('2025-08-17T08:00:00Z');
  });

  it('describes a day as a LiveBlogPosting with one update per item', () => {
    const day = byDate.get('2025-08-17')!;
    const ld = dayJsonLd({
      page: day,
      site,
      headline: 'What we know on 17 August 2025',
      description: daySummary(day),
      siteUrl: 'https://news.example.org',
      base: '/briefing/',
    });
    expect(ld).toMatchObject({
      '@type': 'LiveBlogPosting',
      url: 'https://news.example.org/briefing/days/2025-08-17/',
      coverageStartTime: '2025-08-17T00:00:00+02:00',
      datePublished: '2025-08-16T23:30:00Z',
    });
    expect((ld.liveBlogUpdate as Array<{ url: string }>).map((u) => u.url)).toEqual([
      'https://news.example.org/briefing/articles/with-correction/',
      'https://news.example.org/briefing/articles/late-night/',
    ]);
  });
});

describe('latest takeaways', () => {
  it('takes the newest day note that is not in the future, linking items under the base and sources as given', () => {
    const link = (path: string) => `/briefing${path}`;
    expect(latestTakeaways({ notes, articles, timeZone: 'Europe/Brussels', now, link })).toEqual([
      { text: 'The offer is still not confirmed by anyone else.', href: '/briefing/articles/late-night/' },
      { text: 'A source said so on the record.', href: 'https://wire.example/story' },
    ]);
  });

  it('is empty without notes, and never links a draft', () => {
    expect(latestTakeaways({ notes: [], articles, timeZone: 'UTC', now })).toEqual([]);
    const draftNote = note('2025-08-19', [{ text: 'Points at an item not yet out.', item: 'draft' }]);
    expect(latestTakeaways({ notes: [draftNote], articles, timeZone: 'UTC', now })).toEqual([{ text: 'Points at an item not yet out.' }]);
  });
});
