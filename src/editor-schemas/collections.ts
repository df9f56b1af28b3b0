// Where each collection of the schema registry lives on disk and how a new file is named,
// for the editors' configurations (Sveltia CMS, Front Matter CMS, JSON Schemas). Every
// collection in the registry gets an entry: the ones below say how they differ from the
// default (a flat folder content/<name>/ of <id>.md files), so a collection added to the
// registry appears in the editors without a change here.
import { schemas, type CollectionName } from '../pipeline/schema/index.ts';

export interface CollectionLayout {
  name: string;
  /** Human name, plural: the CMS's collection list. */
  label: string;
  /** Singular, for file names and "New …" buttons. */
  singular: string;
  /** A single file (site settings) instead of a folder of entries. */
  file?: string;
  /** Folder of the entries, from the project root. */
  folder: string;
  /** Sub-path of a new entry inside the folder, without `.md` (Sveltia's `path`). */
  path?: string;
  /** File name of a new entry (Sveltia's `slug` template); default: from the title. */
  slug?: string;
  /** What a JSON Schema's title says the file is. */
  description: string;
}

interface Override {
  label?: string;
  singular?: string;
  file?: string;
  path?: string;
  slug?: string;
  description?: string;
  /** Left out of the editors (said in docs/editing.md). */
  skip?: true;
}

const OVERRIDES: Record<string, Override> = {
  articles: { label: 'Briefing items', singular: 'article', path: '{{year}}/{{slug}}', description: 'Briefing item (content/articles/**/*.md frontmatter)' },
  site: { label: 'Site settings', file: 'content/site.yaml', description: 'Site settings (content/site.yaml)' },
  // Dated files: the id is the date (and a slug), as discover-files expects.
  updates: { label: 'Status updates', singular: 'update', slug: '{{year}}-{{month}}-{{day}}-{{slug}}' },
  territory: { label: 'Territory snapshots', singular: 'territory', slug: '{{year}}-{{month}}-{{day}}' },
  days: { label: 'Days', singular: 'day', slug: '{{year}}-{{month}}-{{day}}' },
  // content/<language>/<kind>/: one schema per kind, which the CMS would need its i18n for.
  translations: { skip: true },
};

function capitalise(text: string): string {
  return text.replace(/^./, (c) => c.toUpperCase());
}

export function layoutOf(name: string): CollectionLayout | undefined {
  const override = OVERRIDES[name] ?? {};
  if (override.skip) return undefined;
  const singular = override.singular ?? (override.file ? name : name.replace(/s$/, ''));
  const folder = `content/${name}`;
  return {
    name,
    label: override.label ?? capitalise(name),
    singular,
    folder,
    ...(override.file ? { file: override.file } : {}),
    ...(override.path ? { path: override.path } : {}),
    ...(override.slug ? { slug: override.slug } : {}),
    description: override.description ?? `${capitalise(singular)} (${folder}/*.md frontmatter)`,
  };
}

/** Every collection of the registry the editors offer, in registry order. */
export function editorCollections(): CollectionLayout[] {
  return (Object.keys(schemas) as CollectionName[]).map((name) => layoutOf(name)).filter((l): l is CollectionLayout => l !== undefined);
}

/** `schemas/<singular>.schema.json`: one JSON Schema per collection. */
export function schemaFile(layout: CollectionLayout): string {
  return `schemas/${layout.singular}.schema.json`;
}
