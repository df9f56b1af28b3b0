import { describe, expect, it } from 'vitest';
import { articleCard, claimStatusLine, topicCard } from '../../src/social/card-content.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardLayout, clip, titleSize, type CardNode } from '../../src/social/card-layout.ts';
import { cardImage, cardPath } from '../../src/social/card-paths.ts';

function texts(node: CardNode): string[] {
  const { children } = node.props;
  if (typeof children === 'string') return [children];
  if (!children) return [];
  return (Array.isArray(children) ? children : [children]).flatMap(texts);
}

describe('cardLayout', () => {
  const content = { kicker: 'Security guarantees', title: 'A headline of moderate length', text: 'The dek.', footer: 'News Briefing', date: '16 August 2025' };

  it('fills the 1200×630 canvas and shows kicker, title, text, footer and date in reading order', () => {
    const tree = cardLayout(content);
    expect(tree.props.style).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT });
    expect(texts(tree)).toEqual(['Security guarantees', 'A headline of moderate length', 'The dek.', 'News Briefing', '16 August 2025']);
  });

  it("carries the item's claim status as of now beside the kicker", () => {
    const status = claimStatusLine([
      { status: 'Confirmed', reportedHere: 'Confirmed' },
      { status: 'Unconfirmed', reportedHere: 'Claimed' },
    ]);
    expect(status).toBe('Claim now: UNCONFIRMED · was CLAIMED');
    expect(claimStatusLine([{ status: 'Claimed', reportedHere: 'Claimed' }])).toBe('Claim: CLAIMED');
    expect(claimStatusLine([])).toBeUndefined();
    expect(texts(cardLayout({ ...content, status: status! }))).toEqual([
      'Security guarantees',
      'Claim now: UNCONFIRMED · was CLAIMED',
      'A headline of moderate length',
      'The dek.',
      'News Briefing',
      '16 August 2025',
    ]);
  });

  it('leaves the date out when there is none', () => {
    const { date: _date, ...undated } = content;
    expect(texts(cardLayout(undated))).toEqual(['Security guarantees', 'A headline of moderate length', 'The dek.', 'News Briefing']);
  });

  it('never pads or borders the outer box (satori sizes content-box, which would overflow the canvas)', () => {
    const style = cardLayout(content).props.style;
    expect(Object.keys(style).filter((key) => /^(padding|border|margin)/.test(key))).toEqual([]);
  });
});

describe('titleSize and clip', () => {
  it('shrinks the type as headlines grow', () => {
    const sizes = [20, 70, 100, 160].map((n) => titleSize('x'.repeat(n)));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(sizes[0]).toBeGreaterThan(sizes[3]!);
  });

  it('cuts at a word boundary with an ellipsis, counting characters not UTF-16 units', () => {
    expect(clip('short', 10)).toBe('short');
    expect(clip('one two three four five', 12)).toBe('one two…');
    expect(clip('😀'.repeat(12), 12)).toBe('😀'.repeat(12));
  });
});

describe('card content and paths', () => {
  it('names an article card by its topics and date', () => {
    const card = articleCard(
      { data: { title: 'Title here', summary: 'Summary here.', published: '2025-08-16', topics: ['a', 'b'] } },
      [
        { id: 'a', data: { title: 'Alpha' } },
        { id: 'b', data: { title: 'Beta' } },
      ],
      'Site',
      (iso) => `day ${iso}`,
    );
    expect(card).toEqual({ kicker: 'Alpha · Beta', title: 'Title here', text: 'Summary here.', footer: 'Site', date: 'day 2025-08-16' });
    expect(topicCard({ data: { title: 'Alpha', status: 'Where it is.' } }, 'Site')).toMatchObject({ title: 'Alpha', text: 'Where it is.' });
  });

  it('serves cards under /og/ and gives BaseLayout the size', () => {
    expect(cardPath('articles', 'x')).toBe('/og/articles/x.png');
    expect(cardImage('topics', 't', 'Alt', (p) => `/briefing${p}`)).toEqual({ url: '/briefing/og/topics/t.png', width: 1200, height: 630, alt: 'Alt' });
  });
});
