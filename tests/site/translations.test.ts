import { describe, expect, it } from 'vitest';
import { localiseArticle, staleness, translationIndex } from '../../src/site/translations.ts';
import { article } from './fixtures.ts';

describe('staleness', () => {
  it('is undefined when nothing in the original is later than the translation', () => {
    expect(staleness({ updated: '2025-08-18T09:00:00+02:00' }, '2025-08-19')).toBeUndefined();
    expect(staleness({}, '2025-08-19')).toBeUndefined();
  });

  it('names a later update and the corrections made after the translation', () => {
    const result = staleness(
      {
        updated: '2025-08-20T10:00:00+02:00',
        corrections: [
          { date: '2025-08-17', text: 'old' },
          { date: '2025-08-20', text: 'new fix' },
        ],
      },
      '2025-08-19',
    );
    expect(result).toEqual({ updated: '2025-08-20T10:00:00+02:00', corrections: [{ date: '2025-08-20', text: 'new fix' }] });
  });

  it('counts changes on the day of a bare translated date, update and corrections alike; a time makes it exact', () => {
    const original = { updated: '2025-08-18T09:15:00+02:00', corrections: [{ date: '2025-08-18', text: 'same day' }] };
    expect(staleness(original, '2025-08-18')).toEqual({ updated: '2025-08-18T09:15:00+02:00', corrections: [{ date: '2025-08-18', text: 'same day' }] });
    expect(staleness({ updated: original.updated }, '2025-08-18T10:00:00+02:00')).toBeUndefined();
    expect(staleness({ updated: original.updated }, '2025-08-18T09:00:00+02:00')?.updated).toBe(original.updated);
  });
});

describe('localiseArticle', () => {
  const original = article('a', {
    keyPoints: ['one', 'two'],
    claims: [
      { id: 'first', text: 'First claim in English.', by: 'x', status: 'claimed' },
      { text: 'Second claim in English.', by: 'y', status: 'denied' },
      { id: 'third', text: 'Third claim in English.', by: 'z', status: 'confirmed' },
    ],
    events: [{ date: '2025-08-15', title: 'Event in English' }],
  });

  it('lays translated text over the original, claims by id or position, and keeps facts', () => {
    const { data, untranslated } = localiseArticle(original.data, {
      title: 'Заголовок',
      keyPoints: ['один', 'два'],
      claims: [{ id: 'third', text: 'Третя заява.' }, { text: 'Друга заява.' }],
      events: ['Подія'],
    });
    expect(data.title).toBe('Заголовок');
    expect(data.summary).toBe(original.data.summary);
    expect(data.keyPoints).toEqual(['один', 'два']);
    expect(data.claims!.map((c) => [c.text, c.status, c.by])).toEqual([
      ['First claim in English.', 'claimed', 'x'],
      ['Друга заява.', 'denied', 'y'],
      ['Третя заява.', 'confirmed', 'z'],
    ]);
    expect(data.events![0]).toEqual({ date: '2025-08-15', title: 'Подія' });
    expect(untranslated).toEqual(['claims']);
  });

  it('lists what is left in the original language', () => {
    expect(localiseArticle(original.data, { title: 'Заголовок' }).untranslated.sort()).toEqual(['claims', 'events', 'keyPoints']);
  });
});

describe('translationIndex', () => {
  it('keeps one language and keys by kind and original id', () => {
    const entry = (language: string, kind: 'articles' | 'topics', id: string) => ({
      id: `${language}/${kind}/${id}`,
      data: { language, kind, original: id, translated: '2025-08-20', file: '', wordCount: 0, readingMinutes: 0, headings: [] },
    });
    const index = translationIndex([entry('uk', 'articles', 'a'), entry('pl', 'articles', 'a'), entry('uk', 'topics', 'a')], 'uk');
    expect([...index.keys()]).toEqual(['articles/a', 'topics/a']);
    expect(index.get('articles/a')!.data.language).toBe('uk');
  });
});
