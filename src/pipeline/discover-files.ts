// Finds the content files under content/ and places each by its path (content-layout.ts):
// an entry of a collection, a layout problem, or nothing (ignored files, pictures).
import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { placeFile } from './content-layout.ts';
import { diagnostic, type Diagnostic } from './diagnostics.ts';
import type { CollectionName } from './schema/index.ts';

export interface ContentFile {
  /** Absolute path on disk. */
  absolute: string;
  /** Project-relative path with forward slashes. */
  file: string;
  collection: CollectionName;
  id: string;
}

export function discoverFiles(root: string, contentDir: string): { files: ContentFile[]; diagnostics: Diagnostic[] } {
  const base = resolve(root, contentDir);
  const files: ContentFile[] = [];
  const diagnostics: Diagnostic[] = [];
  let names: string[];
  try {
    const entries = readdirSync(base, { recursive: true, withFileTypes: true });
    names = entries.filter((dirent) => dirent.isFile()).map((dirent) => join(dirent.parentPath, dirent.name));
    // A link could pull any file of the machine into the site: content must be real files.
    for (const dirent of entries.filter((d) => d.isSymbolicLink())) {
      const file = relative(root, join(dirent.parentPath, dirent.name)).split(sep).join('/');
      diagnostics.push(
        diagnostic({
          file,
          at: { line: 1, column: 1 },
          field: 'file',
          rule: 'layout',
          message: 'symbolic links are not allowed in content/',
          hint: 'copy the file in instead',
        }),
      );
    }
  } catch (error) {
    diagnostics.push(
      diagnostic({
        file: contentDir,
        at: { line: 1, column: 1 },
        field: 'file',
        rule: 'content-dir',
        message: `the content folder cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      }),
    );
    return { files, diagnostics };
  }
  for (const absolute of names.sort()) {
    const inside = relative(base, absolute).split(sep).join('/');
    const file = relative(root, absolute).split(sep).join('/');
    const kind = placeFile(inside);
    if (!kind) continue;
    if ('problem' in kind) {
      diagnostics.push(diagnostic({ file, at: { line: 1, column: 1 }, field: 'file', rule: kind.rule ?? 'layout', message: kind.problem, hint: kind.hint }));
      continue;
    }
    files.push({ absolute, file, ...kind });
  }
  return { files, diagnostics };
}
