import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/pipeline/load-content-sync.ts';
import { draftBody, SEED_ARTIFACTS, SEED_CLEAN, seedPath, seedsPresent, SEEDS_SKIP_REASON, wirePath as wire } from '../importer/helpers.ts';
import { SHAPES } from '../importer/wire-shapes.ts';
import { run, tempProject } from './helpers.ts';

/** The lines of the draft, and what the pipeline makes of it. */
function imported(dir: string, file: string) {
  const text = readFileSync(join(dir, file), 'utf8');
  const content = loadContent({ root: dir });
  return {
    text,
    body: draftBody(text),
    article: content.articles.find((a) => a.file === file),
    problems: content.diagnostics.filter((d) => d.file === file),
  };
}

function expectOnlyPlaceholderWarnings(problems: ReturnType<typeof imported>['problems']) {
  expect(problems.filter((d) => d.severity === 'error')).toEqual([]);
  expect(problems.every((d) => d.rule === 'placeholder')).toBe(true);
}

describe('npm run import (end to end, own fixtures)', () => {
  const dir = tempProject();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports Reuters-style copy: junk gone, wire date kept, credits noted, artifact warned', () => {
    const result = run('import', [wire('reuters-style.txt'), '--out', 'content/articles/2025/reuters-style.md'], dir);
    expect(result.status).toBe(0);
    const { text, body, article, problems } = imported(dir, 'content/articles/2025/reuters-style.md');
    expect(problems.filter((d) => d.severity === 'error')).toEqual([]);
    // The check reports the importer's artifacts with the same rule, at their draft lines.
    const artifactLines = problems.filter((d) => d.rule === 'find-replace-artifact').map((d) => d.line);
    expect(artifactLines).toHaveLength(2);
    for (const line of artifactLines) expect(text.split('\n')[line - 1]).toContain('Russia Sanctions');
    expect(result.stdout).toContain(`reuters-style.txt:9:`);
    expect(article?.data).toMatchObject({
      title: 'Rubio says new Russia sanctions are on hold while talks continue',
      published: '2025-06-30T08:30:15Z',
      status: 'draft',
      topics: ['sanctions'],
    });
    expect(article?.data.actors).toContain('rubio');
    expect(article?.data.sources[0]?.name).toBe('Reuters');
    for (const junk of [
      'Loading stock data',
      'rtrmadp',
      'Skip to main content',
      'Share',
      'Advertisement',
      'Related Coverage',
      'Kremlin says no date set',
      'REUTERS/',
      'Sign up here',
      'Trust Principles',
      'Reporting by',
      'By Anna Petrova',
      '(Reuters) -',
    ]) {
      expect(body, junk).not.toContain(junk);
    }
    expect(body).toMatch(/^U\.S\. Secretary of State Marco Rubio said on Monday/m);
    expect(text).toContain('# From the copy, line 26: Reporting by Anna Petrova and Tom Hale; Editing by Sam Reed');
    expect(text).toContain('# Dateline: WASHINGTON, June 30 (Reuters)');
    expect(text).toMatch(/# sha256 of the raw input: [0-9a-f]{64}/);
    expect(text).toContain('# Imported by npm run import from reuters-style.txt.');
    expect(result.stdout).toMatch(/reuters-style\.txt:9:\d+ .*find-replace-artifact: "Russia Sanctions"/);
    expect(result.stdout).toMatch(/reuters-style\.txt:22:\d+ .*find-replace-artifact: "Russia Sanctions"/);
  });

  it('imports AP-style copy with a BOM and CRLF line endings the same as without', () => {
    expect(run('import', [wire('ap-style.txt'), '--out', 'content/articles/2025/ap-lf.md'], dir).status).toBe(0);
    const result = run('import', [wire('ap-style-crlf-bom.txt'), '--out', 'content/articles/2025/ap-crlf.md'], dir);
    expect(result.status).toBe(0);
    const lf = imported(dir, 'content/articles/2025/ap-lf.md');
    const crlf = imported(dir, 'content/articles/2025/ap-crlf.md');
    expect(crlf.body).toBe(lf.body);
    expect(crlf.text).not.toMatch(/\r|\ufeff/);
    expectOnlyPlaceholderWarnings(crlf.problems);
    expect(crlf.article?.data).toMatchObject({ published: '2025-06-03T14:10:00Z', topics: ['guarantees'], sources: [{ name: 'AP' }] });
    expect(crlf.body).toContain('- who would lead any force');
    expect(crlf.body).toContain('## Questions still open');
    for (const junk of [
      'Advertisement',
      'Published:',
      'By Lorne Cook',
      'Share this article',
      'Read more:',
      'contributed to this report',
      "Follow AP's",
      'Copyright',
      '(AP) —',
    ])
      expect(crlf.body, junk).not.toContain(junk);
    expect(result.stdout).not.toContain('find-replace-artifact');
  });

  it('reads the copy from stdin and writes the draft under content/articles/<year>/', () => {
    const result = run('import', ['-'], dir, readFileSync(wire('clean.txt')));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('imported stdin → content/articles/');
    expect(result.stdout).toContain('no date in the copy');
    expect(result.stdout).not.toContain('find-replace-artifact');
  });

  // Five runs of the CLI, each loading the content and the importer's libraries: slow on a busy machine.
  it('refuses binary, UTF-16, missing input and an existing target with a message and exit 1', { timeout: 180_000 }, () => {
    for (const [args, message] of [
      [[wire('binary.txt')], 'binary, not a text file'],
      [[wire('utf16le.txt')], 'encoded as UTF-16'],
      [[wire('nope.txt')], 'no such file'],
      [[wire('ap-style.txt'), '--out', 'content/articles/2025/ap-lf.md'], 'already exists'],
    ] as const) {
      const result = run('import', [...args], dir);
      expect(result.status, message).toBe(1);
      expect(result.stderr).toContain(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(run('import', [], dir).status).toBe(2);
  });

  it('parses its arguments as the other commands do: usage mistakes exit 2, --help exits 0', () => {
    for (const [args, status, message] of [
      [['--help'], 0, 'usage: npm run import'],
      [['--frobnicate', 'a.txt'], 2, 'unknown option --frobnicate'],
      [['a.txt', 'b.txt'], 2, 'one input file at a time'],
      [['a.txt', '--out'], 2, '--out needs a value'],
      [['a.txt', '--out='], 2, '--out needs a value'],
    ] as const) {
      const result = run('import', [...args], dir);
      expect([result.status, result.stderr], args.join(' ')).toEqual([status, expect.stringContaining(message)]);
    }
  });

  it.each(SHAPES.map((shape) => [shape.name, shape.artifacts?.length ?? 0] as const))(
    'imports %s to a draft that passes the check, with %i artifact warnings',
    (name, artifacts) => {
      const result = run('import', [wire(name), '--out', `content/articles/2025/shape-${name.replace('.', '-')}.md`], dir);
      expect(result.status, result.stderr).toBe(0);
      const file = /→ (content\/articles\/\d{4}\/[a-z0-9-]+\.md)/.exec(result.stdout)![1]!;
      const { problems } = imported(dir, file);
      expect(problems.filter((d) => d.severity === 'error')).toEqual([]);
      expect(problems.filter((d) => d.rule !== 'placeholder').map((d) => d.rule)).toEqual(Array(artifacts).fill('find-replace-artifact'));
      expect([...result.stdout.matchAll(new RegExp(`${name.replace('.', '\\.')}:\\d+:\\d+ .*find-replace-artifact`, 'g'))]).toHaveLength(artifacts);
    },
  );

  it('leaves content/ passing npm run check', () => {
    expect(run('check', [], dir).status).toBe(0);
  });
});

if (!seedsPresent) console.warn(`skipping the importer's runs on the real seeds: ${SEEDS_SKIP_REASON}`);

describe.skipIf(!seedsPresent)('npm run import on the real seeds (../shared/seeds)', () => {
  const dir = tempProject();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('seed 000: junk and metadata gone, published from the metadata line, no warnings', () => {
    const result = run('import', [seedPath(SEED_CLEAN), '--out', 'content/articles/2025/seed-000.md'], dir);
    expect(result.status).toBe(0);
    const { body, article, problems } = imported(dir, 'content/articles/2025/seed-000.md');
    expectOnlyPlaceholderWarnings(problems);
    expect(article?.data.published).toBe('2025-05-28T16:54:52Z');
    expect(article?.data.title).toBe('White House envoy: Putin agreed to Article 5-like security guarantees for Ukraine to end the war');
    expect(article?.data.topics).toEqual(['guarantees']);
    expect(article?.data.actors).toEqual(expect.arrayContaining(['witkoff', 'putin', 'trump', 'zelenskyy', 'von-der-leyen', 'rubio', 'nato', 'eu']));
    expect(body).not.toContain('Loading stock data');
    expect(body).not.toContain('rtrmadp');
    expect(body).not.toMatch(/\d{9} \d{14}/);
    expect(body).toContain('## Conclusion');
    expect(result.stdout).not.toContain('find-replace-artifact');
  });

  it('seed 004: warns about "Ukraine Security Guarantees" on lines 2, 8 and 20', () => {
    const result = run('import', [seedPath(SEED_ARTIFACTS), '--out', 'content/articles/2025/seed-004.md'], dir);
    expect(result.status).toBe(0);
    const { text, article, problems } = imported(dir, 'content/articles/2025/seed-004.md');
    expect(problems.filter((d) => d.severity === 'error')).toEqual([]);
    // The seed has no date, so today stands in; the year folder may then disagree, which is right.
    expect(problems.filter((d) => d.rule !== 'placeholder' && d.rule !== 'year-folder').map((d) => d.rule)).toEqual(Array(3).fill('find-replace-artifact'));
    expect(article?.data.title).toBe('U.S. Envoy Confirms Breakthrough in Peace Negotiations');
    const warned = [...result.stdout.matchAll(/004_395378935bacc910\.txt:(\d+):\d+ .*find-replace-artifact: "Ukraine Security Guarantees"/g)].map((m) =>
      Number(m[1]),
    );
    expect(warned).toEqual([2, 8, 20]);
    expect(text.match(/^# WARNING input line \d+/gm)).toHaveLength(3);
    expect(result.stdout).toContain('no date in the copy');
  });
});
if (!seedsPresent) it.skip(`real-seed import tests: ${SEEDS_SKIP_REASON}`, () => {});
