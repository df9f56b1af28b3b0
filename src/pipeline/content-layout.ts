// The layout of content/, decided from a file's path alone: which collection a file
// belongs to and what its id is. One table, COLLECTION_FOLDERS, holds a folder per
// collection with its rules (sub-folders, pictures beside the entries, what the file
// name must be); besides it sit site.yaml at the top, images/ (pictures only: the image
// check resolves them) and one folder per language holding translations, laid out like
// the originals.
import type { RuleId } from './rules.ts';
import { hasUnsafeCharacters } from './escape-text.ts';
import { IMAGE_EXTENSION } from './images/image-paths.ts';
import { RESERVED_PAGE_IDS } from './routes.ts';
import type { CollectionName } from './schema/index.ts';
import { DATE, ID_PATTERN, isCalendarDate } from './schema/primitives.ts';
import { TRANSLATABLE } from './schema/translation.ts';
import { isSettingsVariant, SETTINGS_FILE } from './settings-file.ts';
import { slugify } from './text/slugify.ts';

type Problem = { problem: string; hint?: string; rule?: RuleId };
/** A file's place in the layout: an entry, a problem, or nothing (ignored or an asset). */
export type Placement = { collection: CollectionName; id: string } | Problem | undefined;

export interface CollectionFolder {
  folder: string;
  collection: Exclude<CollectionName, 'site' | 'translations'>;
  /** Entries may sit in sub-folders (articles in year folders). */
  subfolders: boolean;
  /** Pictures may sit beside the entries, as assets. */
  pictures: boolean;
  /** What the file name must be beyond a kebab-case id (originals only, not translations). */
  nameRule?: (id: string, name: string) => Problem | undefined;
}

/** Updates are named by day: `2025-08-20-some-slug.md`. */
const UPDATE_NAME = /^\d{4}-\d{2}-\d{2}-[a-z0-9]/;

/** The folders of content/, one per collection, in the order the hints name them. */
export const COLLECTION_FOLDERS: readonly CollectionFolder[] = [
  { folder: 'articles', collection: 'articles', subfolders: true, pictures: true },
  { folder: 'actors', collection: 'actors', subfolders: false, pictures: false },
  { folder: 'topics', collection: 'topics', subfolders: false, pictures: false },
  {
    folder: 'pages',
    collection: 'pages',
    subfolders: false,
    pictures: false,
    nameRule: (id) =>
      (RESERVED_PAGE_IDS as readonly string[]).includes(id)
        ? { problem: `the page id "${id}" is taken by the site's own /${id}/ section`, hint: 'rename the file, e.g. to about-us.md', rule: 'reserved-id' }
        : undefined,
  },
  {
    folder: 'days',
    collection: 'days',
    subfolders: false,
    pictures: false,
    nameRule: (id, name) => {
      const date = DATE.exec(id);
      if (date && isCalendarDate(Number(date[1]), Number(date[2]), Number(date[3]))) return undefined;
      return {
        problem: `the file name "${name}" is not a real date`,
        hint: 'name a day note after its day, e.g. content/days/2025-08-18.md',
        rule: 'day-date',
      };
    },
  },
  { folder: 'authors', collection: 'authors', subfolders: false, pictures: false },
  {
    folder: 'updates',
    collection: 'updates',
    subfolders: false,
    pictures: false,
    nameRule: (id, name) =>
      UPDATE_NAME.test(id)
        ? undefined
        : { problem: `the file name "${name}" does not start with the update's date`, hint: `name it <yyyy-mm-dd>-<slug>.md, e.g. 2025-08-20-${id}.md` },
  },
  { folder: 'territory', collection: 'territory', subfolders: false, pictures: false },
];

/** The folder of shared pictures: no entries, only JPEG, PNG, WebP and AVIF. */
export const IMAGES_FOLDER = 'images';
/** A folder of translations is named by its language (`uk`, `pt-br`); site.yaml must list it. */
const LANGUAGE_FOLDER = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})?$/;

const folderByName = new Map(COLLECTION_FOLDERS.map((f) => [f.folder, f]));
const folderList = COLLECTION_FOLDERS.map((f) => `${f.folder}/`).join(', ');

/** A Markdown file under `content/<where>/`: its id from the name, or the problem with its path. */
function placeMarkdown(where: string, subfolders: boolean, below: string[], badName: (id: string) => string): { id: string } | Problem {
  const name = below[below.length - 1]!;
  if (!name.endsWith('.md')) return { problem: 'only Markdown (.md) files belong in this folder' };
  if (!subfolders && below.length > 1) return { problem: `${where}/ has no sub-folders`, hint: `move the file to content/${where}/${name}` };
  const id = name.slice(0, -3);
  if (!ID_PATTERN.test(id)) return { problem: `the file name "${name}" is not a kebab-case id`, hint: badName(id) };
  return { id };
}

function placeTopLevel(name: string): Placement {
  if (name === SETTINGS_FILE) return { collection: 'site', id: 'site' };
  // The build reads only site.yaml: a look-alike would be silently ignored there.
  if (isSettingsVariant(name))
    return {
      problem: `"${name}" is not read: the site settings file is content/${SETTINGS_FILE}`,
      hint: `rename it to ${SETTINGS_FILE} and keep one settings file`,
    };
  if (/^readme\.md$/i.test(name)) return undefined;
  return { problem: 'this file is not part of any collection', hint: `content/ holds site.yaml and the folders ${folderList}` };
}

/** content/<language>/<kind>/<id>.md, laid out like the original's folder (articles in year folders). */
function placeTranslation(language: string, parts: string[]): Placement {
  const kind = parts[0];
  const original = kind && (TRANSLATABLE as readonly string[]).includes(kind) ? folderByName.get(kind) : undefined;
  if (parts.length < 2 || !original) {
    return {
      problem: `unknown translation folder "${language}/${kind ?? ''}"`,
      hint: `translations live in ${TRANSLATABLE.map((k) => `${language}/${k}/`).join(', ')}`,
    };
  }
  const placed = placeMarkdown(`${language}/${kind}`, original.subfolders, parts.slice(1), () => 'a translation has the file name of its original');
  return 'problem' in placed ? placed : { collection: 'translations', id: `${language}/${kind}/${placed.id}` };
}

/** Where a file belongs, from its path inside content/ (forward slashes) alone. */
export function placeFile(inside: string): Placement {
  const parts = inside.split('/');
  const name = parts[parts.length - 1]!;
  if (parts.some((part) => part.startsWith('.'))) return undefined;
  // Such a name would reach terminals, logs and URLs; it is refused before anything else.
  if (hasUnsafeCharacters(inside))
    return { problem: 'the file or folder name holds control or bidi characters', hint: 'rename it with letters, digits and hyphens only' };
  if (parts.length === 1) return placeTopLevel(name);
  const folder = parts[0]!;
  const layout = folderByName.get(folder);
  // SVG can carry script and outside references: content may not ship it at all.
  if (/\.svg$/i.test(name))
    return { problem: 'SVG images from content are refused (they can carry script)', hint: 'export it as PNG or WebP', rule: 'image-format' };
  if ((folder === IMAGES_FOLDER || layout?.pictures) && IMAGE_EXTENSION.test(name)) return undefined;
  if (folder === IMAGES_FOLDER) return { problem: 'only JPEG, PNG, WebP and AVIF pictures belong in images/', rule: 'image-format' };
  if (!layout && LANGUAGE_FOLDER.test(folder)) return placeTranslation(folder, parts.slice(1));
  if (!layout) return { problem: `unknown content folder "${folder}"`, hint: `the folders are ${folderList} and ${IMAGES_FOLDER}/` };
  const placed = placeMarkdown(folder, layout.subfolders, parts.slice(1), (id) => {
    const suggested = slugify(id);
    return suggested ? `rename it to ${suggested}.md` : 'use lowercase letters, digits and hyphens';
  });
  if ('problem' in placed) return placed;
  return layout.nameRule?.(placed.id, name) ?? { collection: layout.collection, id: placed.id };
}
