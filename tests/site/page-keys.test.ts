import { describe, expect, it } from 'vitest';
import { briefingDigest, contentKey, pageKey, type KeyedBriefing } from '../../src/site/page-keys.ts';

function briefing(change: (b: KeyedBriefing & { articles: any[]; actors: any[] }) => void = () => {}): KeyedBriefing {
  const b = {
    site: { title: 'Briefing', language: 'en' },
    articles: [
      { id: 'a', data: { title: 'A', topics: ['sanctions'], wordCount: 100, readingMinutes: 1 }, rendered: { html: '<p>Body of a</p>' } },
      { id: 'b', data: { title: 'B', topics: ['territory'], wordCount: 200, readingMinutes: 1 }, rendered: { html: '<p>Body of b</p>' } },
    ],
    actors: [{ id: 'putin', data: { name: 'Vladimir Putin' }, rendered: { html: '<p>Profile</p>' } }],
    topics: [],
  };
  change(b);
  return b;
}

describe('page keys', () => {
  it('are stable for the same briefing', () => {
    expect(briefingDigest(briefing())).toBe(briefingDigest(briefing()));
    expect(pageKey(briefing(), briefing().articles[0])).toBe(pageKey(briefing(), briefing().articles[0]));
  });

  it('change for every page when any item metadata, profile or the site changes', () => {
    const base = briefingDigest(briefing());
    expect(briefingDigest(briefing((b) => (b.articles[1].data.title = 'B2')))).not.toBe(base);
    expect(briefingDigest(briefing((b) => b.articles.pop()))).not.toBe(base);
    expect(briefingDigest(briefing((b) => (b.actors[0].rendered.html = '<p>New profile</p>')))).not.toBe(base);
    expect(briefingDigest(briefing((b) => ((b.site as { title: string }).title = 'Other')))).not.toBe(base);
  });

  it("leave other pages' keys alone when only an article body changes", () => {
    const edited = briefing((b) => {
      b.articles[1].rendered.html = '<p>Body of b, longer</p>';
      Object.assign(b.articles[1].data, { wordCount: 201, readingMinutes: 2 });
    });
    expect(briefingDigest(edited)).toBe(briefingDigest(briefing()));
    expect(pageKey(edited, edited.articles[0])).toBe(pageKey(briefing(), briefing().articles[0]));
    // ...but the edited article's own page gets a new key, for its body and for the
    // fields derived from it that only its page shows (reading time, word count).
    expect(pageKey(edited, edited.articles[1])).not.toBe(pageKey(briefing(), briefing().articles[1]));
    const recounted = briefing((b) => (b.articles[1].data.readingMinutes = 3));
    expect(pageKey(recounted, recounted.articles[1])).not.toBe(pageKey(briefing(), briefing().articles[1]));
  });

  it('change with the translations, in every edition, but not with a translation body', () => {
    const translation = (title: string, html = '<p>Тіло</p>') => ({ id: 'uk/articles/a', data: { title, language: 'uk' }, rendered: { html } });
    const withTranslation = (title: string, html?: string) => briefing((b) => Object.assign(b, { translations: [translation(title, html)] }));
    const base = briefingDigest(withTranslation('А'));
    // A new translation gives every page of the original an hreflang alternate.
    expect(briefingDigest(briefing())).not.toBe(base);
    expect(briefingDigest(withTranslation('А2'))).not.toBe(base);
    expect(briefingDigest(withTranslation('А', '<p>Інше тіло</p>'))).toBe(base);
  });

  it('differ between editions and with the state of their translations', () => {
    const inEdition = (language: string, translated: Array<[string, unknown]> = []) =>
      briefing((b) => Object.assign(b, { ui: { edition: { language, prefix: language === 'en' ? '' : `/${language}` } }, translated: new Map(translated) }));
    expect(briefingDigest(inEdition('en'))).not.toBe(briefingDigest(inEdition('uk')));
    expect(briefingDigest(inEdition('uk', [['articles/a', { stale: false }]]))).not.toBe(briefingDigest(inEdition('uk', [['articles/a', { stale: true }]])));
  });

  it('key generated files by what they show', () => {
    expect(contentKey({ title: 'A' })).toBe(contentKey({ title: 'A' }));
    expect(contentKey({ title: 'A' })).not.toBe(contentKey({ title: 'B' }));
  });
});
