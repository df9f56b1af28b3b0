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

  it('runs at n=10 and writes a report with every row', { timeout: 240_000 }, () => {
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
    for (const step of [result.ours.check, result.ours.checkWarm, result.ours.cold, result.ours.warm, result.ours.warmAfterChange, result.ours.pagefind]) {
      expect(step.ms).toBeGreaterThan(0);
      expect(step.peakMiB).toBeGreaterThan(0);
    }
    expect(result.ours.output.html).toBeGreaterThan(10);
    expect(result.ours.warmIdenticalToCold.identical).toBe(true);
    expect(result.baseline.skipped).toBe('--skip-baseline');
    expect(result.hugo.skipped).toBe('--skip-hugo');
    expect(result.table.map((row: { name: string }) => row.name)).toEqual([
      'check, cold',
      'check, warm',
      'cold build',
      'warm build',
      'warm build after 1 change',
      'pagefind',
      'peak memory',
      'pages (html files)',
      'warm output = cold output',
      'changed output = uncached',
    ]);
    expect(run.stdout).toContain('| cold build');
  });
});
