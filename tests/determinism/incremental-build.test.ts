// Astro's incremental build copies a page from the previous build when its cacheKey
// (src/site/page-keys.ts) and its code are unchanged. A wrong key ships a stale page, so
// every incremental build here is compared byte for byte with a build of the same content
// made without any cache, and the pages it copied are checked against what changed.
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFolder, buildSite, PROJECT_ROOT, type BuildResult } from '../support/build-site.ts';
import { differingFiles, filesUnder } from '../support/dist-files.ts';

const BODY_ONLY = 'content/articles/2025/rubio-warns-new-sanctions-could-stall-talks.md';
// Translations: one retitled, one removed (its original loses its Ukrainian alternate).
const RETITLED = 'content/uk/articles/2025/alaska-summit-ends-without-ceasefire.md';
const REMOVED = 'content/uk/articles/2025/witkoff-says-putin-accepted-article-5-like-protection.md';

function differences(a: string, b: string): string[] {
  if (filesUnder(a).join('\n') !== filesUnder(b).join('\n')) return ['(the file lists differ)'];
  return differingFiles(a, b);
}

/** Output paths Astro logged as copied from the previous build, and those it rendered. */
function pageLog(build: BuildResult): { copied: Set<string>; rendered: Set<string> } {
  const copied = new Set<string>();
  const rendered = new Set<string>();
  // Astro colours its log when it thinks a terminal or CI is watching.
  for (const line of build.output.replace(/\x1b\[[0-9;]*m/g, '').split('\n')) {
    const match = /├─ (\S+)\s*(\((?:restored|cached)\))?/.exec(line);
    if (match) (match[2] ? copied : rendered).add(match[1]!);
  }
  if (copied.size + rendered.size === 0) throw new Error(`no page lines in the build log:\n${build.output.slice(0, 2000)}`);
  return { copied, rendered };
}

describe('an incremental build', () => {
  const work = mkdtempSync(join(PROJECT_ROOT, 'node_modules', '.cache', 'briefing-builds', 'incremental-'));
  const contentDir = relative(PROJECT_ROOT, join(work, 'content'));
  const cacheDir = join(work, 'astro-cache');
  const outputs: string[] = [];
  // Cached builds write to one output folder, as a deploy does: astro:assets bakes the
  // output folder into its module, so a new folder per build would change every route's
  // dependency hash and nothing could be copied. Each result is then moved aside.
  const cachedOut = join(work, 'dist');
  const build = (options: { cached: boolean }): BuildResult => {
    const outDir = buildFolder();
    outputs.push(outDir);
    const env: Record<string, string> = { CONTENT_DIR: contentDir, ...(options.cached ? {} : { BRIEFING_CACHE: '0' }) };
    if (!options.cached) return buildSite(env, outDir, {});
    const result = buildSite(env, cachedOut, { cacheDir, verbose: true });
    rmSync(outDir, { recursive: true, force: true });
    cpSync(cachedOut, outDir, { recursive: true });
    return { ...result, outDir };
  };
  const edit = (file: string, change: (text: string) => string) => {
    const path = join(work, file);
    writeFileSync(path, change(readFileSync(path, 'utf8')));
  };

  let first: BuildResult;
  let bodyChanged: BuildResult;
  let bodyChangedReference: BuildResult;
  let titleChanged: BuildResult;
  let titleChangedReference: BuildResult;
  let translationsChanged: BuildResult;
  let translationsChangedReference: BuildResult;

  beforeAll(() => {
    cpSync(join(PROJECT_ROOT, 'content'), join(work, 'content'), { recursive: true });
    first = build({ cached: true });
    edit(BODY_ONLY, (text) => `${text.trimEnd()}\n\nA sentence added by the incremental-build test.\n`);
    bodyChanged = build({ cached: true });
    bodyChangedReference = build({ cached: false });
    edit(BODY_ONLY, (text) => text.replace(/^title: .*$/m, 'title: "Rubio, retitled by the incremental-build test"'));
    titleChanged = build({ cached: true });
    titleChangedReference = build({ cached: false });
    edit(RETITLED, (text) => text.replace(/^title: .*$/m, 'title: "Заголовок, змінений тестом"'));
    unlinkSync(join(work, REMOVED));
    translationsChanged = build({ cached: true });
    translationsChangedReference = build({ cached: false });
  }, 420_000);

  afterAll(() => {
    for (const dir of [work, ...outputs, ...outputs.map((out) => `${out}-astro-cache`)]) rmSync(dir, { recursive: true, force: true });
  });

  it('builds', () => {
    for (const result of [first, bodyChanged, bodyChangedReference, titleChanged, titleChangedReference, translationsChanged, translationsChangedReference])
      expect(result.status, result.output).toBe(0);
    expect(pageLog(first).copied.size).toBe(0);
  });

  it('after a body-only edit, renders that article page and copies the other keyed pages', () => {
    const { copied, rendered } = pageLog(bodyChanged);
    expect(rendered).toContain('/articles/rubio-warns-new-sanctions-could-stall-talks/index.html');
    expect(copied).not.toContain('/articles/rubio-warns-new-sanctions-could-stall-talks/index.html');
    // Its card shows the title and summary, not the body: copied.
    expect(copied).toContain('/og/articles/rubio-warns-new-sanctions-could-stall-talks.png');
    expect([...copied].filter((path) => path.startsWith('/articles/')).length).toBeGreaterThanOrEqual(7);
    expect([...copied].some((path) => path.startsWith('/actors/'))).toBe(true);
    expect([...copied].some((path) => path.startsWith('/topics/'))).toBe(true);
  });

  it('after a body-only edit, writes exactly what a build without caches writes', () => {
    expect(differences(bodyChanged.outDir, bodyChangedReference.outDir)).toEqual([]);
  });

  it('after a title edit, renders every page that may list the article, and its card', () => {
    const { copied, rendered } = pageLog(titleChanged);
    expect(rendered).toContain('/og/articles/rubio-warns-new-sanctions-could-stall-talks.png');
    // Feeds are keyed by what they carry: those without the article may be copied.
    expect([...copied].filter((path) => /^\/(articles|actors|topics)\/.*\.html$/.test(path))).toEqual([]);
    expect(rendered).toContain('/rss.xml');
    // Cards of the other articles do not show it.
    expect([...copied].filter((path) => path.startsWith('/og/articles/')).length).toBeGreaterThanOrEqual(7);
  });

  it('after a title edit, writes exactly what a build without caches writes', () => {
    expect(differences(titleChanged.outDir, titleChangedReference.outDir)).toEqual([]);
  });

  it('after translations change, renders the pages that show them (both editions) and writes what a build without caches writes', () => {
    const { rendered } = pageLog(translationsChanged);
    expect(rendered).toContain('/uk/articles/alaska-summit-ends-without-ceasefire/index.html');
    // Every page's alternates and switcher depend on which pages are translated.
    expect(rendered).toContain('/articles/witkoff-says-putin-accepted-article-5-like-protection/index.html');
    expect(rendered).toContain('/uk/untranslated/articles/witkoff-says-putin-accepted-article-5-like-protection/index.html');
    expect(differences(translationsChanged.outDir, translationsChangedReference.outDir)).toEqual([]);
  });

  it("copies the translated edition's keyed pages when nothing of theirs changed", () => {
    const { copied } = pageLog(bodyChanged);
    expect([...copied].filter((path) => path.startsWith('/uk/articles/')).length).toBeGreaterThan(0);
    expect([...copied].filter((path) => path.startsWith('/uk/days/')).length).toBeGreaterThan(0);
  });
});
