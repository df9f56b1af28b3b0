// The artifact lint is cached by file bytes and by the names and titles it checks
// against: a warm run says the same, and renaming a topic re-checks every article.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/pipeline/load-content-sync.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('find-replace-artifact with the result cache', () => {
  const root = mkdtempSync(join(tmpdir(), 'briefing-artifact-cache-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  cpSync(join(ROOT, 'tests/fixtures/check-cases/import-lints/content'), join(root, 'content'), { recursive: true });
  cpSync(join(ROOT, 'package-lock.json'), join(root, 'package-lock.json'));
  const warnings = () =>
    loadContent({ root, cache: true })
      .diagnostics.filter((d) => d.rule === 'find-replace-artifact')
      .map((d) => `${d.file}:${d.line}:${d.column}`);

  it('gives the same warnings warm as cold, from a cache file', () => {
    const cold = warnings();
    expect(cold).toHaveLength(5);
    expect(readdirSync(join(root, 'node_modules/.cache/briefing')).some((f) => f.startsWith('artifacts-'))).toBe(true);
    expect(warnings()).toEqual(cold);
  });

  it('checks again when a topic title changes', () => {
    const topic = join(root, 'content/topics/territory.md');
    writeFileSync(topic, readFileSync(topic, 'utf8').replace('title: Territory and borders', 'title: Land and borders'));
    expect(warnings().filter((w) => w.includes('standalone-label'))).toEqual([]);
  });
});
