// Every file below a build folder, as sorted forward-slash paths, and the files two
// builds write differently: what the determinism tests compare.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function filesUnder(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** Files whose bytes differ between two folders with the same file list. */
export function differingFiles(a: string, b: string): string[] {
  return filesUnder(a).filter((file) => !readFileSync(join(a, file)).equals(readFileSync(join(b, file))));
}
