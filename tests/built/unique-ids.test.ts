// Every id on every built page is unique: a duplicate makes a fragment link land on the
// wrong element and, in the claims ledger, once showed one speaker's words under another.
import { describe, expect, inject, it } from 'vitest';
import { allPages, duplicateIds } from './read-dist.ts';

const { root, base } = inject('dist');

describe('the built site: ids', () => {
  for (const [name, dist] of [
    ['at the root', root],
    ['under a base path', base],
  ] as const) {
    it(`has no id twice on any page, ${name}`, () => {
      const pages = allPages(dist);
      expect(pages.length).toBeGreaterThan(10);
      const problems = pages.flatMap((page) => duplicateIds(page.tree).map((id) => `${page.file}: ${id}`));
      expect(problems).toEqual([]);
    });
  }
});
