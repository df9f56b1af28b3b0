import type { ContentFile } from '../discover-files.ts';
import type { CheckedFile, Entry } from '../load-entry.ts';

/** What the cross-file checks look things up in: every file found, valid or not. */
export interface ContentIndex {
  /** Every file whose frontmatter could be read, with its raw fields. */
  checked: CheckedFile[];
  /** Articles that passed their schema. */
  articles: Entry<'articles'>[];
  /** Ids by collection, from file names, so one broken file does not cascade into others. */
  ids: {
    articles: Set<string>;
    actors: Set<string>;
    topics: Set<string>;
    pages: Set<string>;
    days: Set<string>;
    authors: Set<string>;
    updates: Set<string>;
    territory: Set<string>;
  };
  /** Content files by project-relative path. */
  files: Map<string, ContentFile>;
  entryById: { articles: Map<string, Entry<'articles'>> };
}

export function buildIndex(files: ContentFile[], checked: CheckedFile[]): ContentIndex {
  const ids = {
    articles: new Set<string>(),
    actors: new Set<string>(),
    topics: new Set<string>(),
    pages: new Set<string>(),
    days: new Set<string>(),
    authors: new Set<string>(),
    updates: new Set<string>(),
    territory: new Set<string>(),
  };
  for (const file of files) if (file.collection !== 'site' && file.collection !== 'translations') ids[file.collection].add(file.id);
  const articles = checked.flatMap((c) => (c.entry?.collection === 'articles' ? [c.entry as Entry<'articles'>] : []));
  return {
    checked,
    articles,
    ids,
    files: new Map(files.map((f) => [f.file, f])),
    entryById: { articles: new Map(articles.map((a) => [a.id, a])) },
  };
}
