import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { actorFeed, siteFeed, topicFeed } from '../../src/feeds/build-feeds.ts';
import { editionFeedInput, type EditionFeedTranslation } from '../../src/feeds/edition-feeds.ts';
import { renderFeed } from '../../src/feeds/render-feed.ts';
import { article, input } from './fixtures.ts';

const edition = { language: 'uk', prefix: '/uk', title: 'Тестовий брифінг', description: 'Брифінг для перевірки стрічок.' };
const translations: EditionFeedTranslation[] = [
  {
    kind: 'articles',
    original: 'done',
    data: { title: 'Переклад заголовка', summary: 'Короткий зміст українською.' },
    html: '<p>Текст <a href="https://news.example.org/briefing/uk/actors/ann/">Анни</a>.</p>',
  },
  { kind: 'articles', original: 'no-body', data: { title: 'Заголовок без тексту', summary: 'Лише короткий зміст.' } },
  { kind: 'topics', original: 'alpha', data: { title: 'Альфа', summary: 'Тема альфа українською.' } },
  { kind: 'actors', original: 'ann', data: { name: 'Анна Приклад', role: 'Посланниця' } },
];
const ledgers = new Map([['done', { claims: [{ text: 'Заява українською.', by: 'Анна Приклад', status: 'Заявлено' }] }]]);
const original = input(
  [
    article('done', { actors: ['ann'] }),
    article('no-body', { published: '2025-08-15' }),
    article('english-only', { published: '2025-08-14', topics: ['beta'] }),
  ],
  { base: '/briefing/' },
);
const uk = editionFeedInput(original, edition, translations, ledgers);

describe('a translated edition’s feeds', () => {
  it('carry the translation’s text, language and /uk/ links for translated items', () => {
    const feed = siteFeed(uk);
    expect(feed).toMatchObject({ title: 'Тестовий брифінг', language: 'uk', homeUrl: 'https://news.example.org/briefing/uk/' });
    expect(feed.selfUrls.rss).toBe('https://news.example.org/briefing/uk/rss.xml');
    const done = feed.items.find((i) => i.title === 'Переклад заголовка')!;
    expect(done).toMatchObject({ url: 'https://news.example.org/briefing/uk/articles/done/', summary: 'Короткий зміст українською.', categories: ['Альфа'] });
    expect(done.language).toBeUndefined();
    expect(done.html).toContain('<h2>Заяви та їхній статус</h2>');
    expect(done.html).toContain('<strong>ЗАЯВЛЕНО</strong>: Анна Приклад: Заява українською.');
    expect(done.html).toContain('<a href="https://news.example.org/briefing/uk/actors/ann/">Анни</a>');
  });

  it('give a translation without a body its summary only, never the English body', () => {
    const item = siteFeed(uk).items.find((i) => i.title === 'Заголовок без тексту')!;
    expect(item.html).toBeUndefined();
  });

  it('keep an untranslated item in English, marked as English, linking the English page', () => {
    const item = siteFeed(uk).items.find((i) => i.url.endsWith('/english-only/'))!;
    expect(item).toMatchObject({ title: 'Title of english-only', language: 'en', url: 'https://news.example.org/briefing/articles/english-only/' });
  });

  it('narrow by topic and actor, under /uk/, in the edition’s words', () => {
    const topic = topicFeed(uk, 'alpha')!;
    expect(topic).toMatchObject({ title: 'Альфа · Тестовий брифінг', homeUrl: 'https://news.example.org/briefing/uk/topics/alpha/' });
    expect(topic.selfUrls.atom).toBe('https://news.example.org/briefing/uk/topics/alpha/atom.xml');
    // An untranslated topic links its English page; its feed still lives under /uk/.
    const beta = topicFeed(uk, 'beta')!;
    expect(beta.homeUrl).toBe('https://news.example.org/briefing/topics/beta/');
    expect(beta.selfUrls.json).toBe('https://news.example.org/briefing/uk/topics/beta/feed.json');
    const actor = actorFeed(uk, 'ann')!;
    expect(actor.description).toBe('Матеріали про дійову особу: Анна Приклад, Посланниця (Testland).');
    expect(actor.items.map((i) => i.title)).toEqual(['Переклад заголовка']);
  });

  it('parse in all three formats with Ukrainian text and the English item marked', () => {
    const feed = siteFeed(uk);
    const rss = parseRssFeed(renderFeed(feed, 'rss'));
    expect(rss.language).toBe('uk');
    expect(rss.items![0]!.title).toBe('Переклад заголовка');
    expect(rss.items!.find((i) => i.title === 'Title of english-only')!.dc?.languages).toEqual(['en']);
    const atomXml = renderFeed(feed, 'atom');
    expect(atomXml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="uk"');
    expect(atomXml).toMatch(/<entry xml:lang="en">(?:(?!<\/entry>)[\s\S])*<title type="text">Title of english-only<\/title>/);
    expect(atomXml.match(/<entry xml:lang="en">/g)).toHaveLength(1);
    const atom = parseAtomFeed(atomXml);
    expect(atom.entries![0]!.title).toMatchObject({ value: 'Переклад заголовка' });
    const json = parseJsonFeed(renderFeed(feed, 'json'));
    expect(json.language).toBe('uk');
    expect(json.items!.find((i) => i.title === 'Title of english-only')!.language).toBe('en');
    expect(json.items![0]!.content_html).toContain('Заява українською.');
  });

  it('word withdrawals and status changes in the edition’s language, linking its own claims ledger', () => {
    const withdrawn = [
      {
        id: 'gone',
        title: 'A withdrawn item',
        published: '2025-08-17',
        topics: ['beta'],
        actors: [],
        withdrawn: { date: '2025-08-19T10:00:00Z', reason: 'Published twice.' },
      },
    ];
    const statusChanges = [
      {
        update: '2025-08-20-x',
        anchor: 'claim-deal',
        date: '2025-08-20',
        status: 'denied' as const,
        claim: 'A deal.',
        note: 'Denied.',
        topics: ['alpha'],
        by: 'ann',
      },
    ];
    const feed = siteFeed(editionFeedInput({ ...original, withdrawn, statusChanges }, edition, translations, ledgers));
    const gone = feed.items.find((i) => i.url === 'https://news.example.org/briefing/articles/gone/')!;
    expect(gone.title).toBe('Відкликано: A withdrawn item');
    expect(gone.html).toBe('<p>Цей матеріал відкликано 2025-08-19. Published twice.</p>');
    const change = feed.items.find((i) => i.summary === 'Denied.')!;
    expect(change.title).toBe('Новий статус заяви — Спростовано: A deal.');
    expect(change.url).toBe('https://news.example.org/briefing/uk/claims/#claim-deal');
    expect(change.id).toBe('https://news.example.org/briefing/uk/claims/#claim-deal-2025-08-20-x');
    const english = siteFeed({ ...original, withdrawn, statusChanges });
    expect(english.items.map((i) => i.title)).toEqual(expect.arrayContaining(['Withdrawn: A withdrawn item', 'Claim now Denied: A deal.']));
    expect(english.items.find((i) => i.summary === 'Denied.')!.url).toBe('https://news.example.org/briefing/claims/#claim-deal');
  });

  it('leaves the original edition’s feeds as they were', () => {
    const feed = siteFeed(original);
    expect(feed.items.every((i) => i.language === undefined)).toBe(true);
    expect(renderFeed(feed, 'atom')).not.toContain('<entry xml:lang');
    expect(actorFeed(original, 'ann')!.description).toBe('Items about Ann Example, Envoy (Testland).');
  });
});
