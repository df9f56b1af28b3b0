// The view helpers stay plain TypeScript: no `astro:*` module, no Astro package, so that
// vitest reaches them without a build (STYLE.md).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/build-site.ts';

describe('src/site', () => {
  it('imports nothing from Astro, nor does the map drawing in src/map', () => {
    const offenders = ['site', 'map'].flatMap((folder) => {
      const dir = join(PROJECT_ROOT, 'src', folder);
      return readdirSync(dir)
        .filter((file) => file.endsWith('.ts'))
        .filter((file) => /from\s+['"](astro:|astro\/|astro['"])|import\.meta\.env/.test(readFileSync(join(dir, file), 'utf8')))
        .map((file) => `${folder}/${file}`);
    });
    expect(offenders).toEqual([]);
  });
});
