// Finds the content files and decides, from their path alone, which collection each
// belongs to and what its id is. Layout: site.yaml, articles/**/*.md, actors/*.md,
// topics/*.md, authors/*.md, updates/<yyyy-mm-dd>-<slug>.md.
import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { diagnostic, type Diagnostic } from './diagnostics.ts';
import type { CollectionName } from './schema/index.ts';
import { ID_PATTERN } from './schema/primitives.ts';

export interface ContentFile {
  /** Absolute path on disk. */
  absolute: string;
  /** Project-relative path with forward slashes. */
  file: string;
  collection: CollectionName;
  id: string;
}

export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Folders under content/ and the collection each holds. */
const FOLDERS = ['articles', 'actors', 'topics', 'authors', 'updates'] as const;
type Folder = (typeof FOLDERS)[number];

function isFolder(name: string): name is Folder {
  return (FOLDERS as readonly string[]).includes(name);
}

/** Updates are named by day: `2025-08-20-some-slug.md`. */
const UPDATE_NAME = /^\d{4}-\d{2}-\d{2}-[a-z0-9]/;

function classify(inside: string): { collection: CollectionName; id: string } | { problem: string; hint?: string } | undefined {
  const parts = inside.split('/');
  const name = parts[parts.length - 1]!;
  if (parts.some((part) => part.startsWith('.'))) return undefined;
  if (parts.length === 1) {
    if (name === 'site.yaml' || name === 'site.yml' || name === 'site.md') return { collection: 'site', id: 'site' };
    if (/^readme\.md$/i.test(name)) return undefined;
    return { problem: 'this file is not part of any collection', hint: `content/ holds site.yaml and the folders ${FOLDERS.map((f) => `${f}/`).join(', ')}` };
  }
  const folder = parts[0]!;
  if (!isFolder(folder)) {
    return { problem: `unknown content folder "${folder}"`, hint: `the folders are ${FOLDERS.map((f) => `${f}/`).join(', ')}` };
  }
  if (!name.endsWith('.md')) return { problem: 'only Markdown (.md) files belong in this folder' };
  if (folder !== 'articles' && parts.length > 2) return { problem: `${folder}/ has no sub-folders`, hint: `move the file to content/${folder}/${name}` };
  const id = name.slice(0, -3);
  if (!ID_PATTERN.test(id)) {
    const suggested = slugify(id);
    return { problem: `the file name "${name}" is not a kebab-case id`, hint: suggested ? `rename it to ${suggested}.md` : 'use lowercase letters, digits and hyphens' };
  }
  if (folder === 'updates' && !UPDATE_NAME.test(id)) {
    return { problem: `the file name "${name}" does not start with the update's date`, hint: `name it <yyyy-mm-dd>-<slug>.md, e.g. 2025-08-20-${id}.md` };
  }
  return { collection: folder, id };
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
      diagnostics.push(diagnostic({ file, at: { line: 1, column: 1 }, field: 'file', rule: 'layout', message: 'symbolic links are not allowed in content/', hint: 'copy the file in instead' }));
    }
  } catch (error) {
    diagnostics.push(diagnostic({ file: contentDir, at: { line: 1, column: 1 }, field: 'file', rule: 'content-dir', message: `the content folder cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }));
    return { files, diagnostics };
  }
  for (const absolute of names.sort()) {
    const inside = relative(base, absolute).split(sep).join('/');
    const file = relative(root, absolute).split(sep).join('/');
    const kind = classify(inside);
    if (!kind) continue;
    if ('problem' in kind) {
      diagnostics.push(diagnostic({ file, at: { line: 1, column: 1 }, field: 'file', rule: 'layout', message: kind.problem, hint: kind.hint }));
      continue;
    }
    files.push({ absolute, file, ...kind });
  }
  return { files, diagnostics };
}
