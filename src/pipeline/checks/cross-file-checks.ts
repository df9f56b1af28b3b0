// Every check that needs more than one file, in the order their findings were always
// produced (the sorted output does not depend on it, but a new check goes at the end).
// Each runs guarded on its own: one that throws becomes one internal-error diagnostic on
// the content folder and the others still run. Links are also guarded one by one inside
// their check.
import type { Artifact } from '../artifacts/find-artifacts.ts';
import type { ResultCache } from '../cache/result-cache.ts';
import { guarded, type Diagnostic } from '../diagnostics.ts';
import type { ContentFile } from '../discover-files.ts';
import type { CheckedFile, Entry } from '../load-entry.ts';
import { checkClaimConsistency } from './claim-consistency.ts';
import { buildIndex } from './content-index.ts';
import { checkDayNotes } from './day-notes.ts';
import { checkFindReplaceArtifacts } from './find-replace-artifacts.ts';
import { gitBaseline } from './git-baseline.ts';
import { checkHistory } from './history.ts';
import { checkImages } from './images.ts';
import { checkInternalLinks } from './internal-links.ts';
import { checkPlaceholders } from './placeholders.ts';
import { checkReferences } from './resolve-references.ts';
import { checkReview } from './review.ts';
import { checkSourceUrls } from './source-urls.ts';
import { checkTerritory } from './territory.ts';
import { checkTranslations } from './translations.ts';
import { checkUniqueIds } from './unique-ids.ts';
import { checkUpdates } from './updates.ts';
import { checkYearFolders } from './year-folder.ts';

export interface CrossFileContext {
  root: string;
  contentDir: string;
  /** "Now" for scheduling decisions, in ms. */
  now: number;
  /** Compare with the last git commit (the check command only). */
  history: boolean;
  files: ContentFile[];
  checked: CheckedFile[];
  entries: Entry[];
  artifactCache?: ResultCache<Artifact[]> | undefined;
}

/** Languages site.yaml names, read leniently; undefined when the settings cannot be read. */
function siteLanguages(checked: CheckedFile[]): Set<string> | undefined {
  const raw = checked.find((c) => c.collection === 'site')?.raw;
  if (!raw) return undefined;
  return new Set(
    Array.isArray(raw.languages)
      ? raw.languages.flatMap((l: unknown) => {
          const code = (l as { code?: unknown } | null)?.code;
          return typeof code === 'string' ? [code] : [];
        })
      : [],
  );
}

/** The checks as a list of thunks, so that each can be guarded (and counted by tests). */
export function crossFileChecks(ctx: CrossFileContext): Array<() => Diagnostic[]> {
  const { root, contentDir, now, files, checked } = ctx;
  const of = <C extends Entry['collection']>(c: C) => ctx.entries.filter((e): e is Entry<C> => e.collection === c);
  const index = buildIndex(files, checked);
  return [
    () => checkUniqueIds(files),
    () => checkReferences(index),
    () => checkClaimConsistency(index),
    () => checkInternalLinks(index, now),
    () => checkPlaceholders(index.articles),
    () => checkFindReplaceArtifacts(index.articles, of('actors'), of('topics'), ctx.artifactCache),
    () => checkYearFolders(index.articles, contentDir),
    () => checkSourceUrls(index.articles),
    () => checkDayNotes(index, now),
    () => checkReview(of('site')[0], index.articles, of('authors')),
    () => checkUpdates(index),
    () => checkTranslations(index, siteLanguages(checked)),
    () => checkTerritory(index),
    () => checkImages(index, root, contentDir),
    // Edits in place and deleted items, against the last commit (the check command only).
    ...(ctx.history ? [() => checkHistory(index, gitBaseline(root, contentDir), new Date(now).toISOString().slice(0, 10))] : []),
  ];
}

export function runCrossFileChecks(ctx: CrossFileContext): Diagnostic[] {
  const folder = { file: ctx.contentDir, at: { line: 1, column: 1 }, field: 'file' };
  return crossFileChecks(ctx).flatMap((check) => guarded(folder, check));
}
