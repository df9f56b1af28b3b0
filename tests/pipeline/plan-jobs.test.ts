// The planner decides which files are analysed afresh: a wrong "cached" answer would
// show stale diagnostics, a wrong "job" answer only costs time. Both are pinned here
// with an in-memory cache and reader, no files.
import { describe, expect, it } from 'vitest';
import type { ContentFile } from '../../src/pipeline/discover-files.ts';
import { digestOf, type FileIdentity, type FileRecord } from '../../src/pipeline/file-record.ts';
import { bodyKey, planJobs, renderSettingsFor } from '../../src/pipeline/plan-jobs.ts';
import type { RenderedBody } from '../../src/pipeline/render/render-markdown.ts';

const file = (path: string, collection: ContentFile['collection'], id: string): ContentFile => ({ absolute: `/virtual/${path}`, file: path, collection, id });
const FILES = [
  file('content/site.yaml', 'site', 'site'),
  file('content/articles/2025/talks-resume.md', 'articles', 'talks-resume'),
  file('content/topics/ceasefire.md', 'topics', 'ceasefire'),
  file('content/uk/topics/ceasefire.md', 'translations', 'uk/topics/ceasefire'),
];
const bytes = new Map(FILES.map((f) => [f.absolute, new TextEncoder().encode(`bytes of ${f.file}`)]));
const read = (absolute: string) => {
  const found = bytes.get(absolute);
  if (!found) throw Object.assign(new Error('gone'), { code: 'ENOENT' });
  return found;
};
const record = (f: FileIdentity, withFacts: boolean): FileRecord => ({
  ...f,
  digest: digestOf(read(`/virtual/${f.file}`)),
  diagnostics: [],
  body: '',
  bodyLine: 1,
  ...(withFacts ? { facts: {} as FileRecord['facts'] } : {}),
});
const body = { html: '<p>cached</p>' } as unknown as RenderedBody;

/** A cache holding records for the given files (with body facts unless said otherwise) and bodies under one key. */
function cacheOf(records: FileRecord[], bodies: Record<string, string> = {}) {
  const seen: string[] = [];
  return {
    seen,
    record: (f: FileIdentity, digest: string) => {
      seen.push(f.file);
      return records.find((r) => r.file === f.file && r.collection === f.collection && r.id === f.id && r.digest === digest);
    },
    rendered: (digest: string, key: string) => (Object.entries(bodies).some(([d, k]) => d === digest && k === key) ? body : undefined),
  };
}

describe('planJobs', () => {
  it('makes every readable file a job without a cache, and a read failure a diagnostic', () => {
    const plan = planJobs([...FILES, file('content/actors/gone.md', 'actors', 'gone')], { read });
    expect(plan.jobs.map((j) => [j.file, j.render])).toEqual(FILES.map((f) => [f.file, false]));
    expect(plan.records.size).toBe(0);
    expect(plan.diagnostics.map((d) => [d.file, d.rule, d.message])).toEqual([['content/actors/gone.md', 'read', 'the file cannot be read: ENOENT']]);
  });

  it('takes a record from the cache only for the same bytes, path, collection and id', () => {
    const [site, article, topic, translation] = FILES as [ContentFile, ContentFile, ContentFile, ContentFile];
    const stale = { ...record(topic, true), digest: 'f'.repeat(32) };
    const moved = { ...record(translation, true), id: 'uk/topics/other' };
    const cache = cacheOf([record(site, false), record(article, true), stale, moved]);
    const plan = planJobs(FILES, { read, cache });
    expect([...plan.records.keys()]).toEqual([site.file, article.file]);
    expect(plan.jobs.map((j) => j.file)).toEqual([topic.file, translation.file]);
    expect(cache.seen).toEqual(FILES.map((f) => f.file));
  });

  it('when rendering, keeps a cached record only with a body under the same render key', () => {
    const [site, article, topic, translation] = FILES as [ContentFile, ContentFile, ContentFile, ContentFile];
    const digest = (f: ContentFile) => digestOf(read(f.absolute));
    // The topic's body was rendered under other settings; the translation's Markdown could
    // not be read (no facts), so it has nothing to render and stays cached.
    const cache = cacheOf([record(site, false), record(article, true), record(topic, true), record(translation, false)], {
      [digest(article)]: 'key-1',
      [digest(topic)]: 'key-0',
    });
    const plan = planJobs(FILES, { read, cache, renderKey: 'key-1' });
    expect([...plan.records.keys()]).toEqual([site.file, article.file, translation.file]);
    expect([...plan.rendered.keys()]).toEqual([article.file]);
    expect(plan.jobs).toEqual([{ file: topic.file, collection: 'topics', id: 'ceasefire', absolute: topic.absolute, render: true }]);
  });
});

describe('bodyKey', () => {
  it("keys a translation's body on its language too, an original's on the render key alone", () => {
    const [, article, topic, translation] = FILES as [ContentFile, ContentFile, ContentFile, ContentFile];
    expect(bodyKey('key-1', article)).toBe('key-1');
    expect(bodyKey('key-1', topic)).toBe('key-1');
    expect(bodyKey('key-1', translation)).toBe('key-1:uk');
  });

  it('does not give a translation the English body cached for the same bytes', () => {
    const topic = FILES[2]!;
    const twin = { ...FILES[3]!, absolute: topic.absolute };
    const cache = cacheOf([record(topic, true), { ...record(twin, true), digest: digestOf(read(topic.absolute)) }], {
      [digestOf(read(topic.absolute))]: 'key-1',
    });
    const plan = planJobs([topic, twin], { read, cache, renderKey: 'key-1' });
    expect([...plan.rendered.keys()]).toEqual([topic.file]);
    expect(plan.jobs.map((j) => j.file)).toEqual([twin.file]);
  });
});

describe('renderSettingsFor', () => {
  it('maps files to their pages, lists the translation languages, and keys on both', () => {
    const a = renderSettingsFor(FILES, { base: '/', siteHost: 'briefing.example.org' });
    expect(a.settings.languages).toEqual(['uk']);
    expect(Object.keys(a.settings.pathByFile)).toEqual(FILES.slice(1).map((f) => f.file));
    const b = renderSettingsFor(FILES, { base: '/news/', siteHost: 'briefing.example.org' });
    const c = renderSettingsFor(FILES.slice(0, 3), { base: '/', siteHost: 'briefing.example.org' });
    expect(new Set([a.renderKey, b.renderKey, c.renderKey]).size).toBe(3);
    expect(renderSettingsFor(FILES, { base: '/', siteHost: 'briefing.example.org' }).renderKey).toBe(a.renderKey);
  });
});
