// A persistent map from keys to results, one v8-serialised file per kind under
// node_modules/.cache/briefing/. A corrupt or missing file is an empty cache; writes go
// through a temporary file so a killed build never leaves half a cache behind.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { writeFileAtomic } from './write-file-atomic.ts';

export interface ResultCache<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
  /** Writes the entries of this run, keeping older ones while the file stays small. */
  save(): void;
}

export function cacheEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.BRIEFING_CACHE !== '0';
}

export function openCache<T>(root: string, kind: string, version: string): ResultCache<T> {
  const dir = join(root, 'node_modules', '.cache', 'briefing');
  const file = join(dir, `${kind}-${version}.v8`);
  let stored = new Map<string, T>();
  try {
    stored = deserialize(readFileSync(file)) as Map<string, T>;
  } catch {
    stored = new Map();
  }
  const used = new Map<string, T>();
  let changed = false;
  return {
    get(key) {
      const value = stored.get(key);
      if (value !== undefined) used.set(key, value);
      return value;
    },
    set(key, value) {
      used.set(key, value);
      changed = true;
    },
    save() {
      // Nothing new: keep the file as it is, unless stale entries (files since edited or
      // deleted) would outnumber this run's twice over and should be dropped.
      const stale = stored.size > used.size * 2 + 100;
      if (!changed && !stale) return;
      try {
        mkdirSync(dir, { recursive: true });
        for (const old of readdirSync(dir))
          if (
            old.startsWith(`${kind}-`) &&
            old.endsWith('.v8') &&
            old.split('-').length === `${kind}-${version}.v8`.split('-').length &&
            old !== `${kind}-${version}.v8`
          )
            rmSync(join(dir, old), { force: true });
        // Older entries stay (another base path, a file that comes back) until they would
        // outnumber this run's twice over.
        const merged = stale ? used : new Map([...stored, ...used]);
        writeFileAtomic(file, serialize(merged));
      } catch {
        // A cache that cannot be written costs speed, never correctness.
      }
    },
  };
}
