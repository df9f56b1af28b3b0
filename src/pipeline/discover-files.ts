// Finds the content files and decides, from their path alone, which collection each
// belongs to and what its id is. Layout: site.yaml, articles/**/*.md, actors/*.md,
// topics/*.md, pages/*.md, days/<yyyy-mm-dd>.md, authors/*.md, updates/<yyyy-mm-dd>-<slug>.md,
// territory/<yyyy-mm-dd>.md; pictures (images/, or next to an article) are assets, not
// entries: the image check resolves them.
import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { diagnostic, type Diagnostic } from './diagnostics.ts';
import { hasUnsafeCharacters } from './escape-text.ts';
import type { RuleId } from './rules.ts';
import { IMAGE_EXTENSION } from './images/image-paths.ts';
import type { CollectionName } from './schema/index.ts';
import { RESERVED_PAGE_IDS } from './routes.ts';
import { DATE, ID_PATTERN, isCalendarDate } from './schema/primitives.ts';
import { isSettingsVariant, SETTINGS_FILE } from './settings-file.ts';
import { TRANSLATABLE } from './schema/translation.ts';

/** A folder of translations is named by its language (`uk`, `pt-br`); site.yaml must list it. */
const LANGUAGE_FOLDER = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})?$/;

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

/** The folders of content/, one per collection (site.yaml sits at the top). */
const FOLDERS = ['articles', 'actors', 'topics', 'pages', 'days', 'authors', 'updates', 'territory'] as const satisfies readonly CollectionName[];

function isFolder(name: string): name is (typeof FOLDERS)[number] {
  return (FOLDERS as readonly string[]).includes(name);
}

/** Updates are named by day: `2025-08-20-some-slug.md`. */
const UPDATE_NAME = /^\d{4}-\d{2}-\d{2}-[a-z0-9]/;

function classify(inside: string): { collection: CollectionName; id: string } | { problem: string; hint?: string; rule?: RuleId } | undefined {
  const parts = inside.split('/');
  const name = parts[parts.length - 1]!;
  if (parts.some((part) => part.startsWith('.'))) return undefined;
  // Such a name would reach terminals, logs and URLs; it is refused before anything else.
  if (hasUnsafeCharacters(inside)) return { problem: 'the file or folder name holds control or bidi characters', hint: 'rename it with letters, digits and hyphens only' };
  if (parts.length === 1) {
    if (name === SETTINGS_FILE) return { collection: 'site', id: 'site' };
    // The build reads only site.yaml: a look-alike would be silently ignored there.
    if (isSettingsVariant(name)) return { problem: `"${name}" is not read: the site settings file is content/${SETTINGS_FILE}`, hint: `rename it to ${SETTINGS_FILE} and keep one settings file` };
    if (/^readme\.md$/i.test(name)) return undefined;
    return { problem: 'this file is not part of any collection', hint: `content/ holds site.yaml and the folders ${FOLDERS.map((f) => `${f}/`).join(', ')}` };
  }
  const folder = parts[0]!;
  // SVG can carry script and outside references: content may not ship it at all.
  if (/\.svg$/i.test(name)) return { problem: 'SVG images from content are refused (they can carry script)', hint: 'export it as PNG or WebP', rule: 'image-format' };
  if ((folder === 'images' || folder === 'articles') && IMAGE_EXTENSION.test(name)) return undefined;
  if (folder === 'images') return { problem: 'only JPEG, PNG, WebP and AVIF pictures belong in images/', rule: 'image-format' };
  if (!isFolder(folder) && LANGUAGE_FOLDER.test(folder)) return classifyTranslation(folder, parts.slice(1));
  if (!isFolder(folder)) {
    return { problem: `unknown content folder "${folder}"`, hint: `the folders are ${FOLDERS.map((f) => `${f}/`).join(', ')} and images/` };
  }
  if (!name.endsWith('.md')) return { problem: 'only Markdown (.md) files belong in this folder' };
  if (folder !== 'articles' && parts.length > 2) return { problem: `${folder}/ has no sub-folders`, hint: `move the file to content/${folder}/${name}` };
  const id = name.slice(0, -3);
  if (!ID_PATTERN.test(id)) {
    const suggested = slugify(id);
    return { problem: `the file name "${name}" is not a kebab-case id`, hint: suggested ? `rename it to ${suggested}.md` : 'use lowercase letters, digits and hyphens' };
  }
  if (folder === 'pages' && (RESERVED_PAGE_IDS as readonly string[]).includes(id)) {
    return { problem: `the page id "${id}" is taken by the site's own /${id}/ section`, hint: 'rename the file, e.g. to about-us.md', rule: 'reserved-id' };
  }
  if (folder === 'days') {
    const date = DATE.exec(id);
    if (!date || !isCalendarDate(Number(date[1]), Number(date[2]), Number(date[3]))) {
      return { problem: `the file name "${name}" is not a real date`, hint: 'name a day note after its day, e.g. content/days/2025-08-18.md', rule: 'day-date' };
    }
  }
  if (folder === 'updates' && !UPDATE_NAME.test(id)) {
    return { problem: `the file name "${name}" does not start with the update's date`, hint: `name it <yyyy-mm-dd>-<slug>.md, e.g. 2025-08-20-${id}.md` };
  }
  return { collection: folder, id };
}

/** content/<language>/<kind>/<id>.md (articles may sit in year folders, as the originals do). */
function classifyTranslation(language: string, parts: string[]): ReturnType<typeof classify> {
  const kind = parts[0];
  const name = parts[parts.length - 1]!;
  if (parts.length < 2 || !kind || !(TRANSLATABLE as readonly string[]).includes(kind)) {
    return { problem: `unknown translation folder "${language}/${kind ?? ''}"`, hint: `translations live in ${TRANSLATABLE.map((k) => `${language}/${k}/`).join(', ')}` };
  }
  if (!name.endsWith('.md')) return { problem: 'only Markdown (.md) files belong in this folder' };
  if (kind !== 'articles' && parts.length > 2) return { problem: `${language}/${kind}/ has no sub-folders`, hint: `move the file to content/${language}/${kind}/${name}` };
  const id = name.slice(0, -3);
  if (!ID_PATTERN.test(id)) return { problem: `the file name "${name}" is not a kebab-case id`, hint: 'a translation has the file name of its original' };
  return { collection: 'translations', id: `${language}/${kind}/${id}` };
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
