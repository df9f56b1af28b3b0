// The comparison with the last commit, as a pure function of the index and a baseline.
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/pipeline/checks/content-index.ts';
import { frontmatterOf } from '../../src/pipeline/checks/git-baseline.ts';
import { checkHistory } from '../../src/pipeline/checks/history.ts';
import type { Entry } from '../../src/pipeline/load-entry.ts';

function entry(file: string, data: Record<string, unknown>): Entry<'articles'> {
  return {
    collection: 'articles',
    id: file.slice(file.lastIndexOf('/') + 1, -3),
    file,
    data: data as never,
    body: '',
    bodyLine: 1,
    locate: () => ({ line: 9, column: 5 }),
    digest: '',
  };
}

const now = entry('content/articles/a.md', {
  status: 'published',
  claims: [
    { id: 'tracked', text: 'A tracked claim.', by: 'envoy', status: 'confirmed' },
    { text: 'A one-off claim.', by: 'envoy', status: 'denied' },
    { text: 'A claim reworded since.', by: 'envoy', status: 'denied' },
  ],
});
const index = buildIndex(
  [{ absolute: '/x', file: now.file, collection: 'articles', id: 'a' }],
  [{ collection: 'articles', id: 'a', file: now.file, raw: {}, locate: now.locate, entry: now }],
);
const before = frontmatterOf(
  '---\nclaims:\n  - id: tracked\n    status: claimed\n  - text: A one-off claim.\n    status: claimed\n  - text: A claim as first worded.\n    status: claimed\n---\nBody.\n',
)!;

describe('checkHistory', () => {
  it('matches tracked claims by id and one-off claims by wording, and warns on each status moved in place', () => {
    const out = checkHistory(index, { changed: new Map([[now.file, before]]), deleted: new Map() }, '2025-08-20');
    expect(out.map((d) => [d.field, d.rule, d.severity])).toEqual([
      ['claims[0].status', 'status-in-place', 'warning'],
      ['claims[1].status', 'status-in-place', 'warning'],
    ]);
    expect(out[0]!.hint).toBe(
      'keep "claimed" here and add content/updates/2025-08-20-<slug>.md with claims: [{ id: tracked, status: confirmed, note, source }]',
    );
  });

  it('leaves drafts alone, before and after, and items deleted as drafts', () => {
    const draft = { ...before, status: 'draft' };
    expect(
      checkHistory(index, { changed: new Map([[now.file, draft]]), deleted: new Map([['content/articles/old.md', { status: 'draft' }]]) }, '2025-08-20'),
    ).toEqual([]);
    expect(checkHistory(index, { changed: new Map(), deleted: new Map([['content/articles/old.md', {}]]) }, '2025-08-20').map((d) => d.rule)).toEqual([
      'deleted-item',
    ]);
  });

  it('does nothing without a baseline (no git)', () => {
    expect(checkHistory(index, undefined, '2025-08-20')).toEqual([]);
  });
});
