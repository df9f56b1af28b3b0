import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const RENDER_DIR = join(import.meta.dirname, '../../../src/pipeline/render');

describe('the render boundary', () => {
  it('takes nothing from the checks: both read hrefs through markdown/classify-href.ts', () => {
    const imports = readdirSync(RENDER_DIR)
      .filter((name) => name.endsWith('.ts'))
      .flatMap((name) => [...readFileSync(join(RENDER_DIR, name), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => `${name}: ${m[1]}`));
    expect(imports.length).toBeGreaterThan(10);
    expect(imports.filter((line) => line.includes('/checks/'))).toEqual([]);
  });
});
