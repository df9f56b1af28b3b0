import { describe, expect, it } from 'vitest';
import type { PageItem } from '../../../src/site/briefing.ts';
import { editorPage } from '../../../src/site/pages/page-page.ts';
import { testBriefing, testBriefings } from '../briefing-fixture.ts';
import { page, bilingualSite, translation } from '../fixtures.ts';

describe('editorPage', () => {
  const about: PageItem = { ...page('about', 1, 'About us'), rendered: { html: '<p>Who we are.</p>' } };

  it('gives the layout, a trail without a section, the search title and the body', () => {
    const briefing = testBriefing({ pages: [about] });
    const model = editorPage(briefing, briefing.pages[0]!);
    expect(model.head).toEqual({ title: 'About us', description: 'What the about page says, in a sentence.', path: '/about/' });
    expect(model.crumbs).toEqual([{ label: 'Home', path: '/' }, { label: 'About us' }]);
    expect(model.searchTitle).toBe('Page: About us');
    expect(model.bodyHtml).toBe('<p>Who we are.</p>');
    expect(model.stale).toBeUndefined();
  });

  it('in a translated edition, uses the translation and passes on what changed in the original since', () => {
    const [, uk] = testBriefings({
      site: bilingualSite,
      pages: [about],
      translations: [translation('pages', 'about', { title: 'Про нас', translated: '2025-08-10' })],
    });
    expect(editorPage(uk!, uk!.pages[0]!).stale).toBeUndefined();
    // The briefing decides staleness (pages carry no update date today); the page shows what it says.
    const stale = { updated: '2025-08-19', corrections: [] };
    uk!.translated.set('pages/about', { translated: '2025-08-10', stale });
    const model = editorPage(uk!, uk!.pages[0]!);
    expect(model.title).toBe('Про нас');
    expect(model.head.path).toBe('/uk/about/');
    expect(model.stale).toEqual(stale);
    expect(model.originalPath).toBe('/about/');
  });
});
