// In the local preview (`astro dev`, or BRIEFING_DRAFTS=1) drafts and scheduled items are
// in the store: their pages carry a banner and lists mark them.
import { rmSync } from 'node:fs';
import type { Element } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { readPage, select, selectAll, textOf } from './read-dist.ts';
import { shippedContent } from './shipped-content.ts';

let preview: BuildResult;
const [hidden] = shippedContent().hiddenArticles;

beforeAll(() => {
  preview = buildSite({ BRIEFING_DRAFTS: '1' });
});
afterAll(() => rmSync(preview.outDir, { recursive: true, force: true }));

describe('drafts in the preview', () => {
  it('shows a visible banner on the draft page', () => {
    expect(preview.status, preview.output).toBe(0);
    expect(hidden).toBeDefined();
    const page = readPage(preview.outDir, `articles/${hidden}/index.html`);
    expect(textOf(select('main .banner', page.tree)!)).toMatch(/^(Draft|Scheduled):/);
  });

  it('marks the draft where it is listed', () => {
    const page = readPage(preview.outDir, 'articles/index.html');
    const item = (selectAll('.items > li', page.tree) as Element[]).find((li) => select(`a[href="/articles/${hidden}/"]`, li));
    expect(item).toBeDefined();
    expect(textOf(select('.badge-draft', item!)!)).toMatch(/^(Draft|Scheduled)$/);
  });
});
