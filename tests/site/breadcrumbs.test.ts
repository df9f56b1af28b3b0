import { describe, expect, it } from 'vitest';
import { breadcrumbs, SECTIONS } from '../../src/site/breadcrumbs.ts';

describe('breadcrumbs', () => {
  it('runs from home through the section to the page, which is not a link', () => {
    expect(breadcrumbs(SECTIONS.topics, 'Sanctions')).toEqual([{ label: 'Home', path: '/' }, { label: 'Topics', path: '/topics/' }, { label: 'Sanctions' }]);
  });

  it('skips the section for top-level pages', () => {
    expect(breadcrumbs(undefined, 'Claims')).toEqual([{ label: 'Home', path: '/' }, { label: 'Claims' }]);
  });
});
