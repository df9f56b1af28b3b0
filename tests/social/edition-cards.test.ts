import type { MeasuredNode } from '@takumi-rs/core';
import { describe, expect, it } from 'vitest';
import { articleCard } from '../../src/social/card-content.ts';
import { cardPath } from '../../src/social/card-paths.ts';
import { editionArticleCards, editionTopicCards, type EditionCardInput } from '../../src/social/edition-cards.ts';
import { measureCard, renderCardPng } from '../../src/social/render-card.ts';
import { dateFormatter } from '../../src/site/format-date.ts';

const article = (id: string) =>
  ({
    id,
    data: {
      title: `An English headline for ${id}`,
      summary: 'An English summary of the item, long enough for a card.',
      published: '2025-08-17T10:00:00Z',
      topics: ['guarantees'],
      actors: [],
      claims: [{ id: 'c1', text: 'An English claim text.', by: 'ann', status: 'claimed' }],
    },
  }) as never;
const input: EditionCardInput = {
  language: 'uk',
  title: 'Тестовий брифінг',
  articles: [article('done'), article('not-done')],
  topics: [
    { id: 'guarantees', data: { title: 'Guarantees', status: 'Nothing agreed yet on paper.' } } as never,
    { id: 'other', data: { title: 'Other', status: 'Quiet.' } } as never,
  ],
  translations: [
    {
      id: 'uk/articles/done',
      data: {
        language: 'uk',
        kind: 'articles',
        original: 'done',
        translated: '2025-08-18',
        title: 'Український заголовок матеріалу',
        summary: 'Короткий зміст українською мовою для картки.',
      },
    },
    {
      id: 'uk/topics/guarantees',
      data: {
        language: 'uk',
        kind: 'topics',
        original: 'guarantees',
        translated: '2025-08-18',
        title: 'Гарантії',
        status: 'На папері ще нічого не узгоджено.',
      },
    },
  ] as never,
  day: dateFormatter('uk', 'Europe/Kyiv').day,
  claims: () => [{ status: 'unconfirmed', reportedHere: 'claimed' }],
};

describe('cards of a translated edition', () => {
  it('exist for translated items and topics only, in the translation’s words', () => {
    const cards = editionArticleCards(input);
    expect(cards.map((c) => c.id)).toEqual(['done']);
    expect(cards[0]!.card).toEqual({
      kicker: 'Гарантії',
      title: 'Український заголовок матеріалу',
      text: 'Короткий зміст українською мовою для картки.',
      footer: 'Тестовий брифінг',
      date: '17 серп. 2025 р.',
      status: 'Заява тепер: НЕ ПІДТВЕРДЖЕНО · було: ЗАЯВЛЕНО',
    });
    expect(editionTopicCards(input)).toEqual([
      { id: 'guarantees', card: { kicker: 'Стан справ', title: 'Гарантії', text: 'На папері ще нічого не узгоджено.', footer: 'Тестовий брифінг' } },
    ]);
    expect(cardPath('articles', 'done', 'uk')).toBe('/og/uk/articles/done.png');
  });

  it('draw a PNG that differs from the English card, with every glyph in the bundled fonts', async () => {
    const missing: string[] = [];
    const uk = await renderCardPng(editionArticleCards(input)[0]!.card, { onMissingGlyphs: (t) => missing.push(t) });
    const en = await renderCardPng(articleCard(article('done'), input.topics, 'Test Briefing', (iso) => iso.slice(0, 10)));
    expect([...uk.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    expect(Buffer.from(uk).equals(Buffer.from(en))).toBe(false);
    expect(missing).toEqual([]);
  });

  it('still warn about a script the fonts lack (Georgian, Armenian) inside Ukrainian text', async () => {
    const missing: string[] = [];
    await renderCardPng(
      { ...editionArticleCards(input)[0]!.card, title: 'Переговори в Тбілісі (თბილისი) тривають' },
      { onMissingGlyphs: (t) => missing.push(t) },
    );
    expect(missing).toEqual(['თბილისი']);
  });

  it('cut a long Ukrainian text under a three-line headline so it ends above the footer', async () => {
    const card = {
      kicker: 'Гарантії безпеки',
      status: 'Заява тепер: НЕ ПІДТВЕРДЖЕНО · було: ЗАЯВЛЕНО',
      title: 'Посланець каже, що Путін погодився на «захист на зразок статті 5» для України',
      text: 'Спецпосланець США розповів телеканалу, що Володимир Путін погодився на саміті на Алясці, що США та Європа можуть запропонувати Україні гарантію безпеки за зразком НАТО. Жодного тексту не оприлюднено.',
      footer: 'Брифінг новин',
      date: '17 серп. 2025 р.',
    };
    const column = (await measureCard(card)).children[1]! as MeasuredNode;
    const text = column.children[2]!.children[0]!;
    const footer = column.children[3]!;
    expect(text.transform[5] + text.height).toBeLessThanOrEqual(footer.transform[5] - 12);
    // Three lines of 30 px type at 1.4: the cut kept as much as fits, not one line.
    expect(text.height).toBeGreaterThanOrEqual(3 * 42 - 1);
  });
});
