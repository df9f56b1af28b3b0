// External tools the quality gates need (Chromium, Java). Outside CI a missing tool skips
// its suites with a loud warning naming the package to install; in CI it fails instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { it } from 'vitest';

export interface Tool {
  name: string;
  /** The Debian command that installs it. */
  install: string;
  available: () => boolean;
}

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumTool: Tool = {
  name: `Chromium (${CHROMIUM_PATH})`,
  install: 'apt-get install chromium (or set CHROME_PATH)',
  available: () => existsSync(CHROMIUM_PATH),
};

export const javaTool: Tool = {
  name: 'Java (java on PATH)',
  install: 'apt-get install default-jre-headless',
  available: () => spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0,
};

/**
 * For `describe.skipIf(missing(tool, 'what'))`: true when the suite must be skipped. In CI
 * (process.env.CI set) a missing tool registers a failing test instead, so the run goes red.
 */
export function missing(tool: Tool, suite: string): boolean {
  if (tool.available()) return false;
  const message = `${tool.name} is not installed, so "${suite}" cannot run. Install it: ${tool.install}`;
  if (process.env.CI) {
    it(`${suite}: needs ${tool.name}`, () => {
      throw new Error(`${message} (CI fails instead of skipping)`);
    });
  } else {
    console.warn(`\n${'!'.repeat(78)}\n!! SKIPPED: ${message}\n${'!'.repeat(78)}\n`);
  }
  return true;
}
