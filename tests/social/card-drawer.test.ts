// Cards drawn ahead must be the very bytes the route would draw itself, whether the
// drawer finished the card, was still drawing it, or never started it.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardKey, PROJECT_ROOT } from '../../src/social/card-cache.ts';
import { card, drawAhead, drawerStats } from '../../src/social/card-drawer.ts';
import type { CardContent } from '../../src/social/card-layout.ts';
import { renderCardPng } from '../../src/social/render-card.ts';

// A fresh nonce per run, so no card is in the cache from an earlier run.
const nonce = `${process.pid}-${Date.now()}`;
const cards: CardContent[] = Array.from({ length: 30 }, (_, i) => ({
  kicker: 'Sanctions · Territory',
  title: `Card ${i} of the drawer test ${nonce}`,
  text: 'A short summary that wraps onto a second line of the card so the layout has work to do.',
  footer: 'News Briefing',
  date: '18 August 2025',
}));

describe('the card drawer', () => {
  afterAll(() => {
    for (const content of cards) rmSync(join(PROJECT_ROOT, 'node_modules', '.cache', 'briefing-cards', `${cardKey(content)}.png`), { force: true });
  });

  it('draws missing cards ahead, and each card equals one drawn inline', async () => {
    drawAhead(cards);
    // Asked in reverse: the last cards are still waiting, so they are drawn here.
    const served = [];
    for (const content of [...cards].reverse()) served.unshift(await card(content));
    expect(drawerStats().drawnAhead).toBeGreaterThan(0);
    expect(drawerStats().drawnAhead).toBeLessThan(cards.length);
    for (const [i, content] of cards.entries()) {
      const inline = await renderCardPng(content);
      expect(Buffer.from(served[i]!).equals(Buffer.from(inline)), `card ${i}`).toBe(true);
    }
  }, 120_000);
});
