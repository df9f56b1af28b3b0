// The import boundary of eslint.config.js, run through ESLint's own API on sample text, so a
// config change that silently drops the rule (a moved glob, a renamed folder) fails here.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/build-site.ts';

const eslint = new ESLint({ cwd: PROJECT_ROOT });

const SAMPLE = [
  "import { getCollection } from 'astro:content';",
  "import type { APIRoute } from 'astro';",
  "export const load = () => import('astro:assets');",
  'export const base = import.meta.env.BASE_URL;',
  'export const all = getCollection;',
  'export type Route = APIRoute;',
  '',
].join('\n');

/** Line numbers of the boundary problems ESLint reports for the sample at `filePath`. */
async function boundaryLines(filePath: string, text = SAMPLE): Promise<number[]> {
  const [result] = await eslint.lintText(text, { filePath });
  return result!.messages
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map((m) => m.line)
    .sort((a, b) => a - b);
}

describe('the astro:* import boundary', () => {
  it.each(['src/pipeline/sample.ts', 'src/pipeline/schema/sample.ts', 'src/site/sample.ts', 'src/feeds/sample.ts', 'src/social/sample.ts'])(
    'fires in %s on static and dynamic imports and on import.meta.env',
    async (file) => {
      expect(await boundaryLines(file)).toEqual([1, 2, 3, 4]);
    },
  );

  it('names the way out in its message', async () => {
    const [result] = await eslint.lintText(SAMPLE, { filePath: 'src/site/sample.ts' });
    expect(result!.messages[0]!.message).toMatch(/route adapter/);
  });

  it.each(['src/feeds/astro-feeds.ts', 'src/social/card-route.ts', 'src/loader/sample.ts', 'src/data/sample.ts', 'src/pages/sample.ts'])(
    'lets the adapters and Astro-facing code in %s import Astro',
    async (file) => {
      expect(await boundaryLines(file)).toEqual([]);
    },
  );

  it('leaves imports that only look alike alone', async () => {
    const text = "import { x } from './astro-helpers.ts';\nimport y from 'astronomy';\nexport const z = [x, y, import.meta.dirname];\n";
    expect(await boundaryLines('src/pipeline/sample.ts', text)).toEqual([]);
  });

  it('finds no boundary problem in the shipped pure folders', async () => {
    const results = await eslint.lintFiles(['src/pipeline', 'src/site', 'src/feeds', 'src/social']);
    const problems = results.flatMap((r) => r.messages.filter((m) => m.ruleId?.startsWith('no-restricted')).map((m) => `${r.filePath}:${m.line}`));
    expect(results.length).toBeGreaterThan(40);
    expect(problems).toEqual([]);
  });
});
