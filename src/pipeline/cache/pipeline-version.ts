// What a cached result depends on besides the file itself: the pipeline's own source and
// the exact library versions. Any change to either starts a fresh cache.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const PIPELINE_DIR = join(import.meta.dirname, '..');

export function pipelineVersion(lockfile: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(PIPELINE_DIR, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.ts'))
    .map((d) => join(d.parentPath, d.name))
    .sort();
  for (const file of files) hash.update(file.slice(PIPELINE_DIR.length)).update(readFileSync(file));
  try {
    hash.update(readFileSync(lockfile));
  } catch {
    hash.update('no-lockfile');
  }
  return hash.digest('hex').slice(0, 16);
}
