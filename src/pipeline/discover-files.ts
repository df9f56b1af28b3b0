// Finds the content files and decides, from their path alone, which collection each
// belongs to and what its id is. Layout: site.yaml, articles/**/*.md, actors/*.md,
// topics/*.md, territory/<yyyy-mm-dd>.md; pictures (images/, or next to an article)
// are assets, not entries: the image check resolves them.
import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { diagnostic, type Diagnostic } from './diagnostics.ts';
import { IMAGE_EXTENSION } from './images/image-paths.ts';
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

const COLLECTION_FOLDERS = new Set(['articles', 'actors', 'topics', 'territory']);

function classify(inside: string): { collection: CollectionName; id: string } | { problem: string; hint?: string; rule?: 'image-format' } | undefined {
  const parts = inside.split('/');
  const name = parts[parts.length - 1]!;
  if (parts.some((part) => part.startsWith('.'))) return undefined;
  if (parts.length === 1) {
    if (name === 'site.yaml' || name === 'site.yml' || name === 'site.md') return { collection: 'site', id: 'site' };
    if (/^readme\.md$/i.test(name)) return undefined;
    return { problem: 'this file is not part of any collection', hint: 'content/ holds site.yaml and the folders articles/, actors/ and topics/' };
  }
  const folder = parts[0]!;
  // SVG can carry script and outside references: content may not ship it at all.
  if (/\.svg$/i.test(name)) return { problem: 'SVG images from content are refused (they can carry script)', hint: 'export it as PNG or WebP', rule: 'image-format' };
  if ((folder === 'images' || folder === 'articles') && IMAGE_EXTENSION.test(name)) return undefined;
  if (!COLLECTION_FOLDERS.has(folder) && folder !== 'images') {
    return { problem: `unknown content folder "${folder}"`, hint: 'the folders are articles/, actors/, topics/, territory/ and images/' };
  }
  if (folder === 'images') return { problem: 'only JPEG, PNG, WebP and AVIF pictures belong in images/', rule: 'image-format' };
  if (!name.endsWith('.md')) return { problem: 'only Markdown (.md) files belong in this folder' };
  if (folder !== 'articles' && parts.length > 2) return { problem: `${folder}/ has no sub-folders`, hint: `move the file to content/${folder}/${name}` };
  const id = name.slice(0, -3);
  if (!ID_PATTERN.test(id)) {
    const suggested = slugify(id);
    return { problem: `the file name "${name}" is not a kebab-case id`, hint: suggested ? `rename it to ${suggested}.md` : 'use lowercase letters, digits and hyphens' };
  }
  return { collection: folder as CollectionName, id };
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
      diagnostics.push(diagnostic({ file, at: { line: 1, column: 1 }, field: 'file', rule: kind.rule ?? 'layout', message: kind.problem, hint: kind.hint }));
      continue;
    }
    files.push({ absolute, file, ...kind });
  }
  return { files, diagnostics };
}
