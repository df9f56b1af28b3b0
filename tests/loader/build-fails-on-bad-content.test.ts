// `npm run build` must fail, with the check's own messages, when content is bad: never a
// silently dropped page, never exit 0.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';

describe('astro build with bad content', () => {
  it('fails with file, line and field, and writes no pages', () => {
    const result = buildSite({ CONTENT_DIR: 'tests/fixtures/check-cases/many-errors/content' });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('tests/fixtures/check-cases/many-errors/content/articles/2025/bad-article.md:7:10 topics[0]: unknown topic "sanction"');
    expect(result.output).toContain('sources[0].url: must use https:, not javascript:');
    expect(existsSync(join(result.outDir, 'articles'))).toBe(false);
  });

  it('reports content that once threw (malformed percent-encoding) as diagnostics, without a stack trace', () => {
    const result = buildSite({ CONTENT_DIR: 'tests/fixtures/check-cases/hostile-links/content' });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('hostile-links/content/articles/2025/bad-links.md:13:1 body: "#%zz" has malformed percent-encoding');
    expect(result.output).not.toMatch(/URIError|\n\s+at \S+ \(|node:internal/);
  });
});
