// Cache files are read by builds running at the same time (two test builds, a dev server and
// a check): a file is written beside its place and renamed into it, so a reader sees the old
// whole file or the new one, never half. Own code, not the write-file-atomic package: its
// ownership handling and exit hooks are of no use to a cache that may fail silently.
import { renameSync, rmSync, writeFileSync } from 'node:fs';

let counter = 0;

/** Writes `data` to `file` in one step for readers; throws as writeFileSync does. */
export function writeFileAtomic(file: string, data: string | NodeJS.ArrayBufferView): void {
  // pid and a counter: unique across processes, and across workers' calls in one process.
  const temporary = `${file}.${process.pid}.${(counter++).toString(36)}.${Math.random().toString(36).slice(2, 8)}.tmp`;
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
