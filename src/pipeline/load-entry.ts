// A file record (fresh, cached, or from a worker) turned into what the checks and the
// loader work with: a typed entry when the frontmatter is valid, and for every readable
// file a CheckedFile, whose field positions are computed only when a diagnostic needs one.
import type { Root } from 'mdast';
import { makeLocator, type FileRecord } from './file-record.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { BodyFacts } from './markdown/inspect-body.ts';
import type { Position } from './parse/yaml-document.ts';
import type { Actor, Article, Author, CollectionName, Day, Page, Site, Territory, Topic, Translation, Update } from './schema/index.ts';

export interface CollectionData {
  articles: Article;
  actors: Actor;
  topics: Topic;
  pages: Page;
  site: Site;
  days: Day;
  authors: Author;
  updates: Update;
  translations: Translation;
  territory: Territory;
}

export interface Entry<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
  /** Project-relative path with forward slashes, as printed in diagnostics. */
  file: string;
  data: CollectionData[C];
  /** Markdown body ('' for YAML files) and the file line it starts on. */
  body: string;
  bodyLine: number;
  /** The parsed body, when this run parsed it (not when it came from the cache). */
  tree?: Root;
  facts?: BodyFacts;
  /** Where a frontmatter field sits in the file. */
  locate: (path: ReadonlyArray<PropertyKey>) => Position;
  /** Digest of the raw bytes: the cache key for everything derived from this file. */
  digest: string;
}

/**
 * A file whose frontmatter could be read, valid or not: the cross-file checks look at
 * its raw fields too, so one run reports every problem instead of one layer at a time.
 */
export interface CheckedFile {
  collection: CollectionName;
  id: string;
  file: string;
  raw: Record<string, unknown>;
  locate: (path: ReadonlyArray<PropertyKey>) => Position;
  facts?: BodyFacts;
  /** Present when the frontmatter passed its schema. */
  entry?: Entry;
}

export interface LoadEntryResult {
  entry?: Entry;
  checked?: CheckedFile;
  diagnostics: Diagnostic[];
}

/** `text` gives the file's text again if a position is needed (cached records keep none). */
export function fromRecord(record: FileRecord, text: () => string | undefined, tree?: Root): LoadEntryResult {
  if (!record.raw) return { diagnostics: record.diagnostics };
  const locate = makeLocator(record.file, text);
  const checked: CheckedFile = {
    collection: record.collection,
    id: record.id,
    file: record.file,
    raw: record.raw,
    locate,
    ...(record.facts ? { facts: record.facts } : {}),
  };
  if (record.data === undefined) return { checked, diagnostics: record.diagnostics };
  // A file whose fields are valid stays an entry even when its body has problems, so the
  // other files' checks still see it; the diagnostics fail the run either way.
  const entry: Entry = {
    collection: record.collection,
    id: record.id,
    file: record.file,
    data: record.data as CollectionData[CollectionName],
    body: record.body,
    bodyLine: record.bodyLine,
    locate,
    digest: record.digest,
    ...(tree ? { tree } : {}),
    ...(record.facts ? { facts: record.facts } : {}),
  };
  checked.entry = entry;
  return { entry, checked, diagnostics: record.diagnostics };
}
