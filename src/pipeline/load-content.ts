// The whole pipeline: find files, analyse each one (from the cache when its bytes are
// unchanged, in worker threads on large cold runs), run the cross-file checks, and
// render bodies when asked. The check command, the Astro loader and the tests start here.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { digestOf, type FileRecord } from './file-record.ts';
import { pipelineVersion } from './cache/pipeline-version.ts';
import { cacheEnabled, openCache, type ResultCache } from './cache/result-cache.ts';
import { checkClaimConsistency } from './checks/claim-consistency.ts';
import { checkDayNotes } from './checks/day-notes.ts';
import { buildIndex } from './checks/content-index.ts';
import { checkImages } from './checks/images.ts';
import { checkInternalLinks } from './checks/internal-links.ts';
import { checkFindReplaceArtifacts } from './checks/find-replace-artifacts.ts';
import { checkPlaceholders } from './checks/placeholders.ts';
import { checkReferences } from './checks/resolve-references.ts';
import { checkSourceUrls } from './checks/source-urls.ts';
import { checkReview } from './checks/review.ts';
import { gitBaseline } from './checks/git-baseline.ts';
import { checkHistory } from './checks/history.ts';
import { checkUpdates } from './checks/updates.ts';
import { checkTranslations } from './checks/translations.ts';
import { checkTerritory } from './checks/territory.ts';
import { checkUniqueIds } from './checks/unique-ids.ts';
import { checkYearFolders } from './checks/year-folder.ts';
import { diagnostic, guarded, sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import { discoverFiles, type ContentFile } from './discover-files.ts';
import { fromRecord, type CheckedFile, type Entry } from './load-entry.ts';
import type { Artifact } from './artifacts/find-artifacts.ts';
import type { RenderedBody } from './render/render-markdown.ts';
import type { RenderSettings } from './render/render-settings.ts';
import { entryPath, translationPath } from './routes.ts';
import { SETTINGS_FILE } from './settings-file.ts';
import { buildTime } from './visibility.ts';
import type { Job, JobResult } from './workers/run-job.ts';

// The analyser (Markdown, YAML and schema libraries, worker threads) is loaded only when
// some file is not in the cache: a warm `npm run check` never pays for it.
async function analyse(jobs: Job[], settings?: RenderSettings): Promise<JobResult[]> {
  if (jobs.length === 0) return [];
  const { runJobs } = await import('./workers/pool.ts');
  return runJobs(jobs, settings);
}

export interface LoadOptions {
  /** Project root; diagnostics name files relative to it. */
  root: string;
  /** Content folder relative to the root. Default: `content`. */
  contentDir?: string;
  /** "Now" for scheduling decisions, in ms. Default: SOURCE_DATE_EPOCH or the clock. */
  now?: number;
  /** Use the result cache under node_modules/.cache/briefing. Default: unless BRIEFING_CACHE=0. */
  cache?: boolean;
  /** Compare with the last git commit (status edited in place, deleted items). Default: false; `npm run check` sets it. */
  history?: boolean;
}

export interface RenderRequest {
  base: string;
  siteHost: string;
}

export interface ContentSet {
  site?: Entry<'site'>;
  articles: Entry<'articles'>[];
  actors: Entry<'actors'>[];
  topics: Entry<'topics'>[];
  pages: Entry<'pages'>[];
  /** Day notes (content/days/), by file name. */
  days: Entry<'days'>[];
  authors: Entry<'authors'>[];
  updates: Entry<'updates'>[];
  /** Translations, ids of the form `<language>/<kind>/<id>`. */
  translations: Entry<'translations'>[];
  territory: Entry<'territory'>[];
  diagnostics: Diagnostic[];
  /** Number of files read, valid or not. */
  fileCount: number;
  /** Rendered bodies by file, when rendering was asked for. */
  rendered: Map<string, RenderedBody>;
  /** How many files were analysed afresh (the rest came from the cache). */
  analysed: number;
}

export interface Plan {
  files: ContentFile[];
  diagnostics: Diagnostic[];
  records: Map<string, FileRecord>;
  texts: Map<string, string>;
  rendered: Map<string, RenderedBody>;
  jobs: Job[];
  settings?: RenderSettings;
  loadCache?: ResultCache<FileRecord>;
  renderCache?: ResultCache<RenderedBody>;
  artifactCache?: ResultCache<Artifact[]>;
  renderKey: string;
}

const versions = new Map<string, string>();

function recordKey(file: ContentFile, digest: string): string {
  return `${file.file}\0${file.collection}\0${file.id}\0${digest}`;
}

export function plan(options: LoadOptions, render?: RenderRequest): Plan {
  const contentDir = options.contentDir ?? 'content';
  const { files, diagnostics } = discoverFiles(options.root, contentDir);
  const useCache = options.cache ?? cacheEnabled();
  let loadCache: ResultCache<FileRecord> | undefined;
  let renderCache: ResultCache<RenderedBody> | undefined;
  let artifactCache: ResultCache<Artifact[]> | undefined;
  if (useCache) {
    const lockfile = join(options.root, 'package-lock.json');
    const version = versions.get(lockfile) ?? pipelineVersion(lockfile);
    versions.set(lockfile, version);
    // One cache per content folder, so building another corpus never evicts this one's.
    const folder = createHash('sha256').update(join(options.root, contentDir)).digest('hex').slice(0, 8);
    loadCache = openCache<FileRecord>(options.root, `records-${folder}`, version);
    artifactCache = openCache<Artifact[]>(options.root, `artifacts-${folder}`, version);
    if (render) renderCache = openCache<RenderedBody>(options.root, `rendered-${folder}`, version);
  }
  let settings: RenderSettings | undefined;
  let renderKey = '';
  if (render) {
    const pathByFile: Record<string, string> = {};
    for (const f of files) {
      if (f.collection === 'translations') pathByFile[f.file] = translationPath(f.id);
      else if (f.collection !== 'territory' && Object.hasOwn(entryPath, f.collection)) pathByFile[f.file] = entryPath[f.collection as keyof typeof entryPath](f.id);
    }
    const languages = [...new Set(files.filter((f) => f.collection === 'translations').map((f) => f.id.split('/')[0]!))].sort();
    settings = { ...render, pathByFile, ...(languages.length ? { languages } : {}) };
    renderKey = createHash('sha256').update(JSON.stringify(settings)).digest('hex').slice(0, 16);
  }

  const records = new Map<string, FileRecord>();
  const rendered = new Map<string, RenderedBody>();
  const jobs: Job[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file.absolute);
    } catch (error) {
      diagnostics.push(diagnostic({ file: file.file, at: { line: 1, column: 1 }, field: 'file', rule: 'read', message: `the file cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }));
      continue;
    }
    const digest = digestOf(bytes);
    const record = loadCache?.get(recordKey(file, digest));
    const needsRender = Boolean(render) && !file.file.endsWith('.yaml') && !file.file.endsWith('.yml');
    const body = needsRender ? renderCache?.get(`${digest}\0${renderKey}`) : undefined;
    if (record && (!needsRender || body || !record.facts)) {
      records.set(file.file, record);
      if (body) rendered.set(file.file, body);
    } else {
      jobs.push({ file: file.file, collection: file.collection, id: file.id, absolute: file.absolute, render: needsRender });
    }
  }
  if (!files.some((f) => f.collection === 'site')) {
    diagnostics.push(diagnostic({ file: `${contentDir}/${SETTINGS_FILE}`, at: { line: 1, column: 1 }, field: 'file', rule: 'missing-file', message: 'the site settings file is missing', hint: 'create it with title, description, language, url and contact' }));
  }
  return { files, diagnostics, records, texts: new Map(), rendered, jobs, ...(settings ? { settings } : {}), ...(loadCache ? { loadCache } : {}), ...(renderCache ? { renderCache } : {}), ...(artifactCache ? { artifactCache } : {}), renderKey };
}

/** Languages site.yaml names, read leniently; undefined when the settings cannot be read. */
function siteLanguages(checked: CheckedFile[]): Set<string> | undefined {
  const raw = checked.find((c) => c.collection === 'site')?.raw;
  if (!raw) return undefined;
  return new Set(Array.isArray(raw.languages) ? raw.languages.flatMap((l: unknown) => {
    const code = (l as { code?: unknown } | null)?.code;
    return typeof code === 'string' ? [code] : [];
  }) : []);
}

export function finish(options: LoadOptions, p: Plan, results: JobResult[]): ContentSet {
  const byPath = new Map(p.files.map((f) => [f.file, f]));
  for (const result of results) {
    const file = byPath.get(result.record.file)!;
    p.records.set(file.file, result.record);
    if (result.digest) p.loadCache?.set(recordKey(file, result.digest), result.record);
    if (result.rendered) {
      p.rendered.set(file.file, result.rendered);
      if (result.digest) p.renderCache?.set(`${result.digest}\0${p.renderKey}`, result.rendered);
    }
  }
  p.loadCache?.save();
  p.renderCache?.save();

  const now = options.now ?? buildTime();
  const diagnostics = [...p.diagnostics];
  const entries: Entry[] = [];
  const checked: CheckedFile[] = [];
  for (const file of p.files) {
    const record = p.records.get(file.file);
    if (!record) continue;
    // Positions are rare (only for diagnostics): the file is read again when one is needed.
    const result = fromRecord(record, () => {
      try {
        return readFileSync(file.absolute, 'utf8').replace(/^\ufeff/, '').replace(/\r\n/g, '\n');
      } catch {
        return undefined;
      }
    });
    diagnostics.push(...result.diagnostics);
    if (result.entry) entries.push(result.entry);
    if (result.checked) checked.push(result.checked);
  }
  const of = <C extends Entry['collection']>(c: C) => entries.filter((e): e is Entry<C> => e.collection === c);
  const index = buildIndex(p.files, checked);
  // Links are guarded one by one inside their check; the others as a whole.
  const folder = { file: options.contentDir ?? 'content', at: { line: 1, column: 1 }, field: 'file' };
  const crossFileChecks = [
    () => checkUniqueIds(p.files),
    () => checkReferences(index),
    () => checkClaimConsistency(index),
    () => checkInternalLinks(index, now),
    () => checkPlaceholders(index.articles),
    () => checkFindReplaceArtifacts(index.articles, of('actors'), of('topics'), p.artifactCache),
    () => checkYearFolders(index.articles, options.contentDir ?? 'content'),
    () => checkSourceUrls(index.articles),
    () => checkDayNotes(index, now),
    () => checkReview(of('site')[0], index.articles, of('authors')),
    () => checkUpdates(index),
    () => checkTranslations(index, siteLanguages(checked)),
    () => checkTerritory(index),
    () => checkImages(index, options.root, options.contentDir ?? 'content'),
    // Edits in place and deleted items, against the last commit (the check command only).
    ...(options.history ? [() => checkHistory(index, gitBaseline(options.root, options.contentDir ?? 'content'), new Date(now).toISOString().slice(0, 10))] : []),
  ];
  for (const check of crossFileChecks) {
    diagnostics.push(...guarded(folder, check));
  }
  p.artifactCache?.save();

  const site = of('site')[0];
  return {
    ...(site ? { site } : {}),
    articles: of('articles'),
    actors: of('actors'),
    topics: of('topics'),
    pages: of('pages'),
    days: of('days'),
    authors: of('authors'),
    updates: of('updates'),
    translations: of('translations'),
    territory: of('territory'),
    diagnostics: sortDiagnostics(diagnostics),
    fileCount: p.files.length,
    rendered: p.rendered,
    analysed: results.length,
  };
}

/** Checks all content and, when `render` is given, renders every body; large cold runs use worker threads. */
export async function processContent(options: LoadOptions, render?: RenderRequest): Promise<ContentSet> {
  const p = plan(options, render);
  return finish(options, p, await analyse(p.jobs, p.settings));
}
