// The view helpers stay plain TypeScript: no `astro:*` module, no Astro package, so that
// vitest reaches them without a build (STYLE.md).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/build-site.ts';

describe('src/site', () => {
  it('imports nothing from Astro', () => {
    const dir = join(PROJECT_ROOT, 'src', 'site');
    const offenders = readdirSync(dir)
      .filter((file) => file.endsWith('.ts'))
      .filter((file) => /from\s+['"](astro:|astro\/|astro['"])|import\.meta\.env/.test(readFileSync(join(dir, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
