// End-to-end helpers: a throwaway copy of the project's content/ to run the commands in,
// and a runner that spawns them the way npm does (Node 24 running the .ts file).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A temp folder holding a copy of content/; the commands run with it as cwd. */
export function tempProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-editor-'));
  cpSync(join(projectRoot, 'content'), join(dir, 'content'), { recursive: true });
  return dir;
}

export function run(command: 'new' | 'import' | 'check', args: string[], cwd: string, input?: Uint8Array) {
  const result = spawnSync(process.execPath, [join(projectRoot, 'src/cli', `${command}.ts`), ...args], {
    cwd,
    encoding: 'utf8',
    ...(input ? { input } : {}),
    env: { ...process.env, GITHUB_ACTIONS: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
