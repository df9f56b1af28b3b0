import { describe, expect, it } from 'vitest';
import { contentFragmentLinks, uniqueIds } from '../../../src/pipeline/render/unique-ids.ts';
import { applyStep } from './tree.ts';

describe('uniqueIds', () => {
  it('keeps the first of two equal ids and drops the later one', () => {
    expect(applyStep('<span id="user-content-x">a</span><span id="user-content-x">b</span>', uniqueIds)).toBe(
      '<span id="user-content-x">a</span><span>b</span>',
    );
  });
});

describe('contentFragmentLinks', () => {
  it('points a fragment link at the prefixed id when only that exists', () => {
    const html = applyStep(
      '<a href="#fn-1">1</a><a href="#kept">k</a><a href="#gone">g</a><li id="user-content-fn-1"></li><h2 id="kept"></h2><p id="user-content-kept"></p>',
      contentFragmentLinks,
    );
    expect(html).toContain('<a href="#user-content-fn-1">1</a>');
    // An unprefixed id of that name wins; a fragment with no target at all is left as written.
    expect(html).toContain('<a href="#kept">k</a>');
    expect(html).toContain('<a href="#gone">g</a>');
  });
});
