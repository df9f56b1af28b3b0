// Case folders: each tests/fixtures/check-cases/<case>/content is checked and the exact
// text an editor would read is compared with <case>/expected.txt. Regenerate on purpose
// with UPDATE_CASES=1 npm test, then read the diff.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/pipeline/format-diagnostics.ts';
import { loadContent } from '../../src/pipeline/load-content-sync.ts';

const CASES = resolve(import.meta.dirname, '../fixtures/check-cases');
const NOW = Date.parse('2026-01-01T00:00:00Z');

describe('check output for case folders', () => {
  for (const name of readdirSync(CASES).sort()) {
    it(name, () => {
      const root = join(CASES, name);
      const content = loadContent({ root, now: NOW });
      const actual = `${content.diagnostics.map(formatDiagnostic).join('\n')}\n`;
      const expectedFile = join(root, 'expected.txt');
      if (process.env.UPDATE_CASES === '1') writeFileSync(expectedFile, actual);
      else if (!existsSync(expectedFile)) throw new Error(`${expectedFile} is missing: run UPDATE_CASES=1 npm test to write it, then read it`);
      expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }
});
