// The cache must never change a result, only skip work; the worker pool must give the
// same records as the main thread, and really run in worker threads.
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.ts';
import { formatDiagnostic } from '../../src/pipeline/format-diagnostics.ts';
import { processContent } from '../../src/pipeline/load-content.ts';
import { loadContent } from '../../src/pipeline/load-content-sync.ts';
import { MIN_JOBS_FOR_WORKERS, runJobs, type PoolStats } from '../../src/pipeline/workers/pool.ts';
import { runInline, type Job, type JobResult } from '../../src/pipeline/workers/run-job.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const NOW = Date.parse('2026-01-01T00:00:00Z');
const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function copyOfShippedContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-cache-'));
  temporary.push(dir);
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  cpSync(join(ROOT, 'package-lock.json'), join(dir, 'package-lock.json'));
  return dir;
}

const summary = (content: Awaited<ReturnType<typeof processContent>>) => ({
  diagnostics: content.diagnostics.map(formatDiagnostic),
  articles: content.articles.map((a) => [a.id, a.data]),
  rendered: [...content.rendered.entries()].map(([file, body]) => [file, body.html]).sort(([a], [b]) => String(a).localeCompare(String(b))),
});

describe('result cache', () => {
  it('skips unchanged files and gives the same result as no cache', async () => {
    const root = copyOfShippedContent();
    const render = { base: '/', siteHost: 'briefing.example.org' };
    const uncached = await processContent({ root, now: NOW, cache: false }, render);
    const cold = await processContent({ root, now: NOW, cache: true }, render);
    const warm = await processContent({ root, now: NOW, cache: true }, render);
    expect(cold.analysed).toBe(cold.fileCount);
    expect(warm.analysed).toBe(0);
    expect(summary(warm)).toEqual(summary(uncached));

    const article = join(root, 'content/articles/2025', readdirSync(join(root, 'content/articles/2025'))[0]!);
    appendFileSync(article, '\nOne more sentence.\n');
    const changed = await processContent({ root, now: NOW, cache: true }, render);
    expect(changed.analysed).toBe(1);
    expect(summary(changed)).toEqual(summary(await processContent({ root, now: NOW, cache: false }, render)));
  });

  it('skips the cross-file checks only when asked, with the same entries', async () => {
    const root = copyOfShippedContent();
    const file = join(root, 'content/site.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^lead: .*$/m, 'lead: no-such-item'));
    const checked = await processContent({ root, now: NOW, cache: false });
    const entriesOnly = await processContent({ root, now: NOW, cache: false, crossFileChecks: false });
    expect(checked.diagnostics.map(formatDiagnostic).join('\n')).toMatch(/lead: unknown article "no-such-item"/);
    expect(entriesOnly.diagnostics).toEqual([]);
    expect(entriesOnly.articles.map((a) => [a.id, a.data])).toEqual(checked.articles.map((a) => [a.id, a.data]));
  });

  it('reports positions for cached files too', () => {
    const root = copyOfShippedContent();
    const file = join(root, 'content/site.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^lead: .*$/m, 'lead: no-such-item'));
    loadContent({ root, now: NOW, cache: true });
    const again = loadContent({ root, now: NOW, cache: true });
    expect(again.analysed).toBe(0);
    expect(again.diagnostics.map(formatDiagnostic).join('\n')).toMatch(/^content\/site\.yaml:\d+:1 lead: unknown article "no-such-item"/m);
  });
});

describe('worker pool', () => {
  const dir = join(ROOT, 'content/articles/2025');
  const files = readdirSync(dir);
  const jobs: Job[] = Array.from({ length: MIN_JOBS_FOR_WORKERS + 10 }, (_, i) => {
    const name = files[i % files.length]!;
    return { file: `content/articles/2025/${name}`, collection: 'articles', id: name.slice(0, -3), absolute: join(dir, name), render: true };
  });
  const settings = { base: '/', siteHost: 'briefing.example.org', pathByFile: {} };
  const freshStats = (): PoolStats => ({ workerJobs: 0, inlineJobs: 0, threadIds: [] });
  let inline: JobResult[] | undefined;
  const inlineResults = () => (inline ??= runInline(jobs, settings));

  it('shares the jobs between the main thread and two workers and gives the same records as the main thread alone', async () => {
    const stats = freshStats();
    const pooled = await runJobs(jobs, settings, { workers: 3, stats });
    // The fallback would give equal records too, so equality alone proves nothing: part of
    // the results must have come from two threads other than this one.
    expect(stats.workerJobs).toBeGreaterThan(0);
    expect(stats.inlineJobs).toBeGreaterThan(0);
    expect(stats.workerJobs + stats.inlineJobs).toBe(jobs.length);
    expect(new Set(stats.threadIds).size).toBe(2);
    expect(stats.threadIds).not.toContain(threadId);
    expect(pooled).toEqual(inlineResults());
  });

  it('counts the main thread as one of the threads asked for', async () => {
    const stats = freshStats();
    await runJobs(jobs, settings, { workers: 2, stats });
    expect(stats.threadIds).toHaveLength(1);
    expect(stats.workerJobs + stats.inlineJobs).toBe(jobs.length);
    const alone = freshStats();
    await runJobs(jobs, settings, { workers: 1, stats: alone });
    expect(alone).toEqual({ workerJobs: 0, inlineJobs: jobs.length, threadIds: [] });
  });

  it('does the work on the main thread when the workers die, and says so', async () => {
    const stats = freshStats();
    const script = join(ROOT, 'tests/fixtures/workers/broken-worker.ts');
    const pooled = await runJobs(jobs, settings, { workers: 3, script, stats });
    expect(stats).toEqual({ workerJobs: 0, inlineJobs: jobs.length, threadIds: [] });
    expect(pooled).toEqual(inlineResults());
  });

  it('keeps small runs inline', async () => {
    const stats = freshStats();
    await runJobs(jobs.slice(0, 5), settings, { workers: 2, stats });
    expect(stats).toEqual({ workerJobs: 0, inlineJobs: 5, threadIds: [] });
  });
});

describe('the check on a large cold run', () => {
  it('analyses files in worker threads when asked, with the same findings as inline', async () => {
    const root = mkdtempSync(join(tmpdir(), 'briefing-workers-'));
    temporary.push(root);
    await generateCorpus(root, MIN_JOBS_FOR_WORKERS + 20);
    // The options `npm run check` passes, plus the thread count.
    const pooled = await processContent({ root, now: NOW, cache: false, history: true, workers: 2 });
    expect(pooled.analysed).toBe(pooled.fileCount);
    expect(pooled.analysedInWorkers).toBeGreaterThan(0);
    expect(pooled.analysedInWorkers).toBeLessThan(pooled.analysed);
    const inline = await processContent({ root, now: NOW, cache: false, history: true, workers: 0 });
    expect(inline.analysedInWorkers).toBe(0);
    expect(pooled.diagnostics.map(formatDiagnostic)).toEqual(inline.diagnostics.map(formatDiagnostic));
    expect(pooled.articles.map((a) => [a.id, a.data])).toEqual(inline.articles.map((a) => [a.id, a.data]));
  });
});
