// Byte-for-byte comparison of two output folders: same file list, same bytes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface DirComparison {
  identical: boolean;
  files: number;
  bytes: number;
  /** Up to 10 paths that differ or exist on one side only. */
  differences: string[];
  differenceCount: number;
}

export function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(dir, path));
    else out.push(path);
  }
  return out.sort();
}

export function compareDirs(a: string, b: string): DirComparison {
  const left = listFiles(a);
  const right = new Set(listFiles(b));
  const differences: string[] = [];
  let bytes = 0;
  for (const path of left) {
    if (!right.has(path)) {
      differences.push(`only in first: ${path}`);
      continue;
    }
    right.delete(path);
    const x = readFileSync(join(a, path));
    bytes += x.byteLength;
    if (statSync(join(b, path)).size !== x.byteLength || !x.equals(readFileSync(join(b, path)))) differences.push(`differs: ${path}`);
  }
  for (const path of right) differences.push(`only in second: ${path}`);
  return { identical: differences.length === 0, files: left.length, bytes, differences: differences.slice(0, 10), differenceCount: differences.length };
}

/** Counts files by extension, e.g. { html: 5120, png: 5004 }. */
export function countByExtension(dir: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const path of listFiles(dir)) {
    const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '(none)';
    counts[ext] = (counts[ext] ?? 0) + 1;
  }
  return counts;
}
