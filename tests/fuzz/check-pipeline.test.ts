// Property tests: whatever the content, the check and the renderer return values (a list
// of diagnostics, rendered HTML), never an exception. Bounded by runs and by time; on a
// failure fast-check prints the seed and path: replay with FUZZ_SEED=<seed> (and
// FUZZ_PATH=<path>) npx vitest run tests/fuzz/.
// Seeds: a developer's run draws a new seed each time (exploring); CI (CI=true) runs one
// fixed seed, so a gate's verdict on a commit is reproducible and a new finding comes from
// exploration, not from a merge that happened to draw it. FUZZ_SEED=random explores in CI.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/pipeline/analyze-file.ts';
import { formatAnnotation, formatDiagnostic } from '../../src/pipeline/format-diagnostics.ts';
import { loadContent } from '../../src/pipeline/load-content-sync.ts';
import { renderMarkdown } from '../../src/pipeline/render/render-markdown.ts';
import { isRuleId } from '../../src/pipeline/rules.ts';
import type { Diagnostic } from '../../src/pipeline/diagnostics.ts';
import { stringify } from 'yaml';
import { anyFrontmatter, contentFile, link, markdown } from './arbitraries.ts';

const CI_SEED = 20250817;
const seed =
  process.env.FUZZ_SEED && process.env.FUZZ_SEED !== 'random'
    ? Number(process.env.FUZZ_SEED)
    : process.env.CI === 'true' && !process.env.FUZZ_SEED
      ? CI_SEED
      : undefined;
const path = process.env.FUZZ_PATH;
const options = (numRuns: number): fc.Parameters<unknown> => ({
  numRuns,
  // A bound on time as well as runs, so a slow machine shortens the suite instead of failing it.
  interruptAfterTimeLimit: 20_000,
  markInterruptAsFailure: false,
  ...(seed !== undefined ? { seed } : {}),
  ...(path ? { path } : {}),
});

function wellFormed(list: Diagnostic[], file: string) {
  for (const d of list) {
    expect(d.file).toBe(file);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(isRuleId(d.rule), d.rule).toBe(true);
    // The safety net turns a thrown exception into internal-error: the fuzz must not rely on it.
    expect(d.rule, d.message).not.toBe('internal-error');
    expect(d.field.length).toBeGreaterThan(0);
    // Printed forms never carry a raw control character to the terminal.

    expect(formatDiagnostic(d) + formatAnnotation(d)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  }
}

const renderOptions = { base: '/', siteHost: 'site.example', resolveMarkdownLink: (href: string) => (href.endsWith('.md') ? '/articles/x/' : undefined) };

describe('fuzz: the check pipeline and the renderer', () => {
  it('analyses any file into diagnostics and renders any body it accepts', () => {
    fc.assert(
      fc.property(contentFile, fc.constantFrom('articles', 'actors', 'topics') as fc.Arbitrary<'articles' | 'actors' | 'topics'>, (text, collection) => {
        const file = `content/${collection}/fuzz.md`;
        const { record, tree } = analyzeFile({ file, collection, id: 'fuzz' }, new TextEncoder().encode(text));
        wellFormed(record.diagnostics, file);
        if (tree) {
          const { html } = renderMarkdown(tree, renderOptions);
          // Whatever the body, no id occurs twice and none takes a layout id.
          const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
          expect(new Set(ids).size, html).toBe(ids.length);
          expect(ids.filter((id) => id === 'main')).toEqual([]);
        }
      }),
      options(1000),
    );
  });

  it('reads frontmatter of any shape, written as YAML, into diagnostics', () => {
    fc.assert(
      fc.property(anyFrontmatter, ({ fields, body }) => {
        const text = `---\n${stringify(fields)}---\n\n${body}\n`;
        const file = 'content/articles/fuzz.md';
        const { record, tree } = analyzeFile({ file, collection: 'articles', id: 'fuzz' }, new TextEncoder().encode(text));
        wellFormed(record.diagnostics, file);
        if (tree) expect(typeof renderMarkdown(tree, renderOptions).html).toBe('string');
      }),
      options(500),
    );
  });

  it('reads any YAML settings file into diagnostics', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const { record } = analyzeFile({ file: 'content/site.yaml', collection: 'site', id: 'site' }, new TextEncoder().encode(text));
        wellFormed(record.diagnostics, 'content/site.yaml');
      }),
      options(500),
    );
  });

  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  it('runs the cross-file checks (links, references) over random links without throwing', () => {
    const root = mkdtempSync(join(tmpdir(), 'briefing-fuzz-'));
    roots.push(root);
    for (const dir of ['articles/2025', 'actors', 'topics']) mkdirSync(join(root, 'content', dir), { recursive: true });
    writeFileSync(
      join(root, 'content/site.yaml'),
      'title: Fuzz site\ndescription: A site for the fuzz suite, with a long enough description.\nlanguage: en\nurl: https://fuzz.example\ncontact:\n  name: Fuzz desk\n  email: desk@fuzz.example\n',
    );
    writeFileSync(
      join(root, 'content/topics/things.md'),
      '---\ntitle: Things\nsummary: A topic for the fuzz suite, with a summary long enough.\norder: 1\nstatus: Nothing is settled in this invented topic.\n---\n\n## A heading\n',
    );
    fc.assert(
      fc.property(fc.array(link, { minLength: 1, maxLength: 8 }), fc.array(link, { maxLength: 4 }), (links, others) => {
        const frontmatter =
          '---\ntitle: A headline that is long enough\nsummary: A summary that is long enough to pass the schema of an item.\npublished: 2025-08-17\ntopics: [things]\nsources:\n  - name: Invented\n    url: https://source.example/\n---\n\n## Heading\n\n';
        writeFileSync(join(root, 'content/articles/2025/one.md'), `${frontmatter}${links.join('\n\n')}\n`);
        writeFileSync(join(root, 'content/articles/2025/two.md'), `${frontmatter}${others.join(' ')}\n`);
        const content = loadContent({ root, cache: false, now: Date.parse('2026-01-01T00:00:00Z') });
        for (const d of content.diagnostics) wellFormed([d], d.file);
      }),
      options(150),
    );
  });
});
