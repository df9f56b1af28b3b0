// `npm run check` compares with the last commit: a published claim's status edited in
// place and a deleted published item are warnings; without git the check says nothing
// about either. Runs the real command in a throwaway git repository.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run, tempProject } from './helpers.ts';

const ITEM = 'content/articles/2025/rubio-warns-new-sanctions-could-stall-talks.md';
const OTHER = 'content/articles/2025/zelenskyy-von-der-leyen-welcome-us-guarantee-role.md';
let dir = '';

function git(...args: string[]) {
  execFileSync('git', ['-c', 'user.name=Test Desk', '-c', 'user.email=desk@example.org', ...args], { cwd: dir, stdio: 'ignore' });
}

function editStatus(from: string, to: string) {
  const path = join(dir, ITEM);
  writeFileSync(path, readFileSync(path, 'utf8').replace(`    status: ${from}`, `    status: ${to}`));
}

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('check against the last commit', () => {
  it('warns when a published claim status is edited in place, pointing to a status update', () => {
    dir = tempProject();
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'content');
    editStatus('claimed', 'disputed');
    const { status, stderr } = run('check', [], dir);
    expect(status).toBe(0);
    // The line is where the status sits in the shipped item, found rather than hard-coded.
    const line =
      readFileSync(join(dir, ITEM), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('status: disputed')) + 1;
    expect(line).toBeGreaterThan(0);
    expect(stderr).toContain(
      `${ITEM}:${line}:5 claims[0].status: warning: was "claimed" in the last commit, now "disputed": editing it here rewrites the claim's history`,
    );
    expect(stderr).toMatch(
      /add content\/updates\/\d{4}-\d{2}-\d{2}-<slug>\.md with claims: \[\{ id: new-sanctions-could-stall-talks, status: disputed, note, source \}\]\) \[status-in-place\]/,
    );
  });

  it('warns when a published item is deleted, suggesting a withdrawal', () => {
    dir = tempProject();
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'content');
    unlinkSync(join(dir, OTHER));
    const { stderr } = run('check', [], dir);
    expect(stderr).toContain(
      `${OTHER}:1:1 file: warning: the published item "zelenskyy-von-der-leyen-welcome-us-guarantee-role" was deleted since the last commit`,
    );
    expect(stderr).toContain('set status: withdrawn with withdrawn: { date:');
  });

  it('says nothing of either without a repository', () => {
    dir = tempProject();
    editStatus('claimed', 'disputed');
    const { status, stderr } = run('check', [], dir);
    expect(status).toBe(0);
    expect(stderr).not.toContain('status-in-place');
  });
});
