// Untrusted text in check output: file names and field values with ANSI escapes, control
// characters and bidi overrides must not reach the terminal, the CI log or --json raw.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot, run, tempProject } from './helpers.ts';

// ESC, CR, bidi override, isolate, C1 CSI: every way to forge or hide a line.

const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function hostileProject(): string {
  const dir = tempProject();
  dirs.push(dir);
  mkdirSync(join(dir, 'content/articles/2025'), { recursive: true });
  // A file name that would clear the screen and print a fake success line.
  writeFileSync(join(dir, 'content/articles/2025/x\u001b[2J\r✓ 0 errors.md'), '---\ntitle: x\n---\n');
  writeFileSync(join(dir, 'content/articles/2025/rtl\u202egnp.md'), '---\ntitle: x\n---\n');
  // A field key and a value with escapes: both are echoed in messages.
  writeFileSync(
    join(dir, 'content/topics/forged.md'),
    '---\ntitle: "Forged \\e[32m\\u009b1m topic"\nsummary: A topic whose key and title carry escape sequences meant for the terminal.\norder: 9\nstatus: Nothing.\n"\\e[2Jkey": 1\n---\n',
  );
  writeFileSync(join(dir, 'content/articles/2025/forged-date.md'), '---\npublished: "\\e[32m\\u009b1m 2025"\n---\n');
  return dir;
}

describe('npm run check on hostile names and values', () => {
  const dir = hostileProject();

  it('refuses control characters in file names and prints everything escaped', () => {
    const result = run('check', [], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(RAW);
    expect(result.stdout).not.toMatch(RAW);
    expect(result.stderr).toContain('content/articles/2025/x\\e[2J\\r✓ 0 errors.md:1:1 file: the file or folder name holds control or bidi characters');
    expect(result.stderr).toContain('content/articles/2025/rtl\\u{202E}gnp.md:1:1 file:');
    expect(result.stderr).toContain('unknown field "\\e[2Jkey"');
    expect(result.stderr).toContain('not "\\e[32m\\u{9B}1m 2025"');
    // Every line the check prints is a diagnostic or its own summary: none is forged.
    for (const line of result.stderr.trim().split('\n').filter(Boolean)) expect(line).toMatch(/^(content\/\S.*:\d+:\d+ |✗ )/);
  });

  it('escapes the same characters in GitHub annotations', () => {
    const result = spawnSync(process.execPath, [join(projectRoot, 'src/cli/check.ts')], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: 'true' },
    });
    expect(result.stdout).toContain('::error file=content/articles/2025/rtl\\u{202E}gnp.md,line=1,col=1');
    expect(result.stdout).not.toMatch(RAW);
  });

  it('keeps --json lossless but free of raw controls', () => {
    const result = run('check', ['--json'], dir);
    expect(result.stdout).not.toMatch(RAW);
    const report = JSON.parse(result.stdout) as { diagnostics: Array<{ file: string; message: string }> };
    expect(report.diagnostics.map((d) => d.file)).toContain('content/articles/2025/rtl\u202egnp.md');
  });
});
