// The whole pipeline short of rendering: find files, load each one, run the cross-file
// checks. The check command, the Astro loader and the tests all start here.
import { readFileSync } from 'node:fs';
import { checkClaimConsistency } from './checks/claim-consistency.ts';
import { buildIndex } from './checks/content-index.ts';
import { checkInternalLinks } from './checks/internal-links.ts';
import { checkPlaceholders } from './checks/placeholders.ts';
import { checkReferences } from './checks/resolve-references.ts';
import { checkUniqueIds } from './checks/unique-ids.ts';
import { diagnostic, sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import { discoverFiles } from './discover-files.ts';
import { loadEntry, type CheckedFile, type Entry } from './load-entry.ts';
import { buildTime } from './visibility.ts';

export interface LoadOptions {
  /** Project root; diagnostics name files relative to it. */
  root: string;
  /** Content folder relative to the root. Default: `content`. */
  contentDir?: string;
  /** "Now" for scheduling decisions, in ms. Default: SOURCE_DATE_EPOCH or the clock. */
  now?: number;
}

export interface ContentSet {
  site?: Entry<'site'>;
  articles: Entry<'articles'>[];
  actors: Entry<'actors'>[];
  topics: Entry<'topics'>[];
  diagnostics: Diagnostic[];
  /** Number of files read, valid or not. */
  fileCount: number;
}

export function loadContent(options: LoadOptions): ContentSet {
  const contentDir = options.contentDir ?? 'content';
  const now = options.now ?? buildTime();
  const { files, diagnostics } = discoverFiles(options.root, contentDir);
  const entries: Entry[] = [];
  const checked: CheckedFile[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file.absolute);
    } catch (error) {
      diagnostics.push(diagnostic(file.file, { line: 1, column: 1 }, 'file', 'read', `the file cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`));
      continue;
    }
    const result = loadEntry(file.file, file.collection, file.id, bytes);
    diagnostics.push(...result.diagnostics);
    if (result.entry) entries.push(result.entry);
    if (result.checked) checked.push(result.checked);
  }
  if (!files.some((f) => f.collection === 'site')) {
    diagnostics.push(diagnostic(`${contentDir}/site.yaml`, { line: 1, column: 1 }, 'file', 'missing-file', 'the site settings file is missing', 'create it with title, description, language, url and contact'));
  }
  const index = buildIndex(files, checked);
  diagnostics.push(...checkUniqueIds(files), ...checkReferences(index), ...checkClaimConsistency(index), ...checkInternalLinks(index, now), ...checkPlaceholders(index.articles));

  const of = <C extends Entry['collection']>(c: C) => entries.filter((e): e is Entry<C> => e.collection === c);
  const site = of('site')[0];
  return {
    ...(site ? { site } : {}),
    articles: of('articles'),
    actors: of('actors'),
    topics: of('topics'),
    diagnostics: sortDiagnostics(diagnostics),
    fileCount: files.length,
  };
}
