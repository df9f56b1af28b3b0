// Writes a draft without ever replacing a file: `wx` fails if the path exists, even when
// another process created it a moment ago.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export type WriteResult = { ok: true } | { ok: false; message: string };

export function writeNewFile(path: string, text: string): WriteResult {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, { flag: 'wx' });
    return { ok: true };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return { ok: false, message: `${path} already exists; it was left as it is` };
    return { ok: false, message: `cannot write ${path}: ${code ?? (error as Error).message}` };
  }
}
