import { describe, expect, it } from 'vitest';
import { headingAnchors, type Heading } from '../../../src/pipeline/render/heading-anchors.ts';
import { renderWords } from '../../../src/pipeline/render/render-words.ts';
import { applyStep } from './tree.ts';

describe('headingAnchors', () => {
  it('gives each heading a slug id and a labelled "#" link, and lists it', () => {
    const headings: Heading[] = [];
    const html = applyStep('<h2>Grain deal</h2><h3>Grain deal</h3><h2>Main</h2>', (tree) => headingAnchors(tree, { headings }));
    expect(html).toBe(
      '<h2 id="grain-deal">Grain deal<a class="heading-anchor" href="#grain-deal" aria-label="Section titled “Grain deal”"></a></h2>' +
        '<h3 id="grain-deal-1">Grain deal<a class="heading-anchor" href="#grain-deal-1" aria-label="Section titled “Grain deal”"></a></h3>' +
        // `main` is the layout's own id: the heading takes the next one.
        '<h2 id="main-1">Main<a class="heading-anchor" href="#main-1" aria-label="Section titled “Main”"></a></h2>',
    );
    expect(headings).toEqual([
      { depth: 2, id: 'grain-deal', text: 'Grain deal' },
      { depth: 3, id: 'grain-deal-1', text: 'Grain deal' },
      { depth: 2, id: 'main-1', text: 'Main' },
    ]);
  });

  it('leaves a heading that has an id alone', () => {
    const headings: Heading[] = [];
    const html = applyStep('<h2 id="user-content-footnote-label">Footnotes</h2>', (tree) => headingAnchors(tree, { headings }));
    expect(html).toBe('<h2 id="user-content-footnote-label">Footnotes</h2>');
    expect(headings).toEqual([]);
  });

  it("labels the links in the body's language", () => {
    const headings: Heading[] = [];
    const html = applyStep('<h2>Зернова угода</h2>', (tree) => headingAnchors(tree, { headings, words: renderWords('uk') }));
    expect(html).toBe('<h2 id="зернова-угода">Зернова угода<a class="heading-anchor" href="#зернова-угода" aria-label="Розділ «Зернова угода»"></a></h2>');
  });
});
