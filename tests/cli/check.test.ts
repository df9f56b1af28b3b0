// The check command as an editor and CI run it: exit codes, one line per problem,
// --json, GitHub annotations, file filtering, and never a stack trace.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CHECK = join(ROOT, 'src/cli/check.ts');
const CASES = join(ROOT, 'tests/fixtures/check-cases');

function check(cwd: string, args: string[] = [], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CHECK, ...args], { cwd, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run check', () => {
  it('passes on the shipped content with a one-line summary', () => {
    const result = check(ROOT);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^✓ \d+ articles, \d+ actors, \d+ topics, \d+ authors, \d+ status updates?, \d+ claims, \d+ sources checked in \d+ ms\n$/);
  });

  it('reports every problem of every file as path:line:col field: message, and exits 1', () => {
    const result = check(join(CASES, 'broken-files'));
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^✗ 13 errors in 13 files/);
    for (const line of lines.slice(0, -2)) expect(line).toMatch(/^content\/\S+\.md:\d+:\d+ \S+: /);
    expect(result.stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
  });

  it('prints machine-readable JSON with --json', () => {
    const result = check(join(CASES, 'cross-file'), ['--json']);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as {
      ok: boolean;
      diagnostics: Array<{ file: string; line: number; column: number; field: string; rule: string }>;
    };
    expect(report.ok).toBe(false);
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({ file: 'content/articles/2026/first-item.md', line: 12, column: 5, field: 'claims[0].by', rule: 'claim-claimant' }),
    );
  });

  it('adds GitHub Actions annotations when GITHUB_ACTIONS=true', () => {
    const result = check(join(CASES, 'bom-crlf'), [], { GITHUB_ACTIONS: 'true' });
    expect(result.stdout).toContain('::error file=content/articles/windows.md,line=5,col=10,title=topics[0] (unknown-reference)::unknown topic "sanctionz"');
  });

  it('checks only the named files, in the context of the others', () => {
    const named = check(join(CASES, 'cross-file'), ['content/articles/2026/first-item.md']);
    expect(named.status).toBe(1);
    expect(new Set(named.stderr.match(/^content\/[^:]+/gm))).toEqual(new Set(['content/articles/2026/first-item.md']));
    const clean = check(join(CASES, 'cross-file'), ['content/articles/2025/draft-item.md']);
    expect(clean.status).toBe(0);
  });

  it('refuses unknown options with exit 2', () => {
    expect(check(ROOT, ['--frobnicate']).status).toBe(2);
  });
});
