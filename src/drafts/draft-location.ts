// Where a new item goes: content/articles/<year>/<slug>.md. The id must be new across
// every year folder, because ids are site-wide.
import { slugify } from '../pipeline/text/slugify.ts';

export type DraftLocation = { ok: true; id: string; file: string } | { ok: false; message: string; hint: string };

export interface LocateOptions {
  /** Headline or other text the slug is made from. */
  title: string;
  /** Publication year, `2025`. */
  year: string;
  /** Ids of every existing article (file names), with the file each is in. */
  existing: Map<string, string>;
  contentDir?: string;
}

/** Slugs longer than this are cut at a word boundary: file names stay readable. */
export const MAX_SLUG_LENGTH = 80;

export function slugFromTitle(title: string): string {
  // Initialisms keep their letters together: "U.S. envoy" → "us-envoy", not "u-s-envoy".
  const slug = slugify(title.replace(/(?<![\p{L}.])(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, '')));
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_SLUG_LENGTH);
}

export function locateDraft(options: LocateOptions): DraftLocation {
  const id = slugFromTitle(options.title);
  if (!id) {
    return {
      ok: false,
      message: `the title "${options.title}" gives an empty file name`,
      hint: "use a title with Latin letters or digits, which the file name (the item's id) is made from",
    };
  }
  const clash = options.existing.get(id);
  if (clash) {
    return {
      ok: false,
      message: `an item with the id "${id}" already exists: ${clash}`,
      hint: 'ids are unique across all year folders; change the title a little, e.g. say what is new',
    };
  }
  const file = `${options.contentDir ?? 'content'}/articles/${options.year}/${id}.md`;
  return { ok: true, id, file };
}
