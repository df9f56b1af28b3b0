// `npm run schema`: writes the editor's JSON Schemas (schemas/) and the Front Matter CMS
// configuration (frontmatter.json) from the zod schemas. Run it after changing a schema;
// tests/cli/editor-schemas.test.ts fails while the files are stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateEditorFiles } from '../src/editor-schemas/generate.ts';

const root = process.cwd();
let changed = 0;
for (const [path, text] of generateEditorFiles(root)) {
  const target = join(root, path);
  let current: string | undefined;
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === text) continue;
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  changed++;
  console.log(`wrote ${path}`);
}
console.log(changed ? `✓ ${changed} editor file${changed === 1 ? '' : 's'} updated` : '✓ editor schemas are up to date');
