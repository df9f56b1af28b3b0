// `npm run bench` is a benchmark, not a test: this runs it once at a tiny N only to prove
// that the harness works end to end (corpus, check, builds, Pagefind, comparison, JSON).
// It asserts the shape of the report, never timings.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const PROJECT = resolve(import.meta.dirname, '../..');
const VITE_RESERVED = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

describe('npm run bench', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-test-'));
  // Corpora and builds must stay inside the project; one folder per test run.
  const work = join(PROJECT, 'bench', '.work', `test-${process.pid}`);
  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it('runs at n=10 and writes a report with every row, the og-canvas peer included', { timeout: 600_000 }, () => {
    const json = join(scratch, 'results.json');
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITE_RESERVED.has(key)));
    const run = spawnSync(process.execPath, ['bench/run.ts', '--n', '10', '--skip-baseline', '--skip-hugo', '--skip-verify', '--json', json, '--work', work], {
      cwd: PROJECT,
      env,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);

    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.machine.nproc).toBeGreaterThan(0);
    expect(report.machine.node).toMatch(/^v24\./);
    expect(report.runs).toHaveLength(1);
    const [result] = report.runs;
    expect(result.n).toBe(10);
    expect(result.corpus.articles).toBe(10);
    // This round's content types are in the corpus, and it passed the check.
    expect(result.corpus.authors).toBeGreaterThan(0);
    expect(result.corpus.territory).toBeGreaterThanOrEqual(2);
    expect(result.corpus.translations.topics).toBe(4);
    expect(result.corpus.translations.actors).toBeGreaterThan(0);
    for (const step of [result.ours.check, result.ours.checkWarm, result.ours.cold, result.ours.warm, result.ours.warmAfterChange, result.ours.pagefind]) {
      expect(step.ms).toBeGreaterThan(0);
      expect(step.peakMiB).toBeGreaterThan(0);
    }
    expect(result.ours.output.html).toBeGreaterThan(10);
    expect(result.ours.tree.files).toBeGreaterThan(result.ours.output.html);
    expect(result.ours.tree.folders).toBeGreaterThan(0);
    expect(result.ours.warmIdenticalToCold.identical).toBe(true);
    expect(result.ours.phases.cold.routes).toBeGreaterThan(0);
    expect(result.baseline.skipped).toBe('--skip-baseline');
    expect(result.hugo.skipped).toBe('--skip-hugo');

    // The peer that draws cards: one PNG per public article, the same three builds.
    if (result.og.skipped) {
      console.warn(`\n*** the Astro + og-canvas peer was SKIPPED: ${result.og.skipped} ***\n`);
      expect(result.og.skipped).toMatch(/not installed/);
    } else {
      for (const step of [result.og.cold, result.og.warm, result.og.warmAfterChange]) expect(step.ms).toBeGreaterThan(0);
      expect(result.og.output.png).toBe(result.corpus.articles - result.corpus.drafts);
      expect(result.og.output.html).toBe(result.og.output.png + 1);
    }

    // Budgets of the new features: read from Astro's per-route log and the output.
    expect(result.budgets.itemPages.plain.pages).toBeGreaterThan(0);
    expect(result.budgets.editions.first.pages).toBeGreaterThan(10);
    expect(result.budgets.editions.cards.pages).toBeGreaterThan(0);
    expect(result.budgets.fonts.preloadedMean).toBeGreaterThan(0);
    expect(result.budgets.images.warm.encoded).toBe(0);

    expect(result.table.map((row: { engine: string }) => row.engine)).toEqual(['ours', 'plain Astro', 'Astro + og-canvas', 'Hugo']);
    expect(Object.keys(result.table[0])).toEqual([
      'engine',
      'cold',
      'cold CPU',
      'warm',
      '1 change',
      'check cold / warm',
      'Pagefind',
      'peak memory',
      'files / folders',
    ]);
    expect(run.stdout).toMatch(/\| ours +\| \d/);
    expect(run.stdout).toContain('| Astro + og-canvas');
  });
});
