// The whole pipeline, as an orchestrator: find the files, plan which need analysing (the
// rest come from the content cache), analyse them (in worker threads on large cold
// runs), run the cross-file checks, and hand back entries, diagnostics and, when asked,
// rendered bodies. `processContent` is the async entry (check command, Astro loader);
// load-content-sync.ts runs the same steps inline for callers that cannot await.
// (About 180 lines: plan, run and finish are the sync and async callers' shared steps.)
import { readFileSync } from 'node:fs';
import { runCrossFileChecks } from './checks/cross-file-checks.ts';
import { openContentCache, type ContentCache } from './content-cache.ts';
import { cacheEnabled } from './cache/result-cache.ts';
import { diagnostic, sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import { discoverFiles, type ContentFile } from './discover-files.ts';
import type { FileRecord } from './file-record.ts';
import { fromRecord, type CheckedFile, type Entry } from './load-entry.ts';
import { bodyKey, planJobs, renderSettingsFor, type RenderRequest } from './plan-jobs.ts';
import type { RenderedBody } from './render/render-markdown.ts';
import type { RenderSettings } from './render/render-settings.ts';
import { SETTINGS_FILE } from './settings-file.ts';
import { buildTime } from './visibility.ts';
import type { Job, JobResult } from './workers/run-job.ts';

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
  /** Threads for the analysis of a large cold run, the main one included (0 or 1: no worker). Default: BRIEFING_WORKERS, else one per core. */
  workers?: number;
  /** Run the checks that need more than one file. Default: true; readers of entries only (the sitemap) skip them. */
  crossFileChecks?: boolean;
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
  /** How many of those were analysed in worker threads (processContent only). */
  analysedInWorkers: number;
}

/** A run between planning and finishing: what the cache had, and the jobs left to do. */
export interface Plan {
  files: ContentFile[];
  diagnostics: Diagnostic[];
  records: Map<string, FileRecord>;
  rendered: Map<string, RenderedBody>;
  jobs: Job[];
  settings?: RenderSettings;
  renderKey: string;
  cache?: ContentCache;
}

export function plan(options: LoadOptions, render?: RenderRequest): Plan {
  const contentDir = options.contentDir ?? 'content';
  const { files, diagnostics } = discoverFiles(options.root, contentDir);
  const cache = (options.cache ?? cacheEnabled()) ? openContentCache(options.root, contentDir, Boolean(render)) : undefined;
  const rendering = render ? renderSettingsFor(files, render) : undefined;
  const jobs = planJobs(files, { cache, renderKey: rendering?.renderKey });
  diagnostics.push(...jobs.diagnostics);
  if (!files.some((f) => f.collection === 'site')) {
    diagnostics.push(
      diagnostic({
        file: `${contentDir}/${SETTINGS_FILE}`,
        at: { line: 1, column: 1 },
        field: 'file',
        rule: 'missing-file',
        message: 'the site settings file is missing',
        hint: 'create it with title, description, language, url and contact',
      }),
    );
  }
  return {
    files,
    diagnostics,
    records: jobs.records,
    rendered: jobs.rendered,
    jobs: jobs.jobs,
    renderKey: rendering?.renderKey ?? '',
    ...(rendering ? { settings: rendering.settings } : {}),
    ...(cache ? { cache } : {}),
  };
}

export function finish(options: LoadOptions, p: Plan, results: JobResult[], analysedInWorkers = 0): ContentSet {
  const contentDir = options.contentDir ?? 'content';
  for (const result of results) {
    p.records.set(result.record.file, result.record);
    if (result.rendered) p.rendered.set(result.record.file, result.rendered);
    p.cache?.store(result.record, result, bodyKey(p.renderKey, result.record));
  }
  p.cache?.save();

  const diagnostics = [...p.diagnostics];
  const entries: Entry[] = [];
  const checked: CheckedFile[] = [];
  for (const file of p.files) {
    const record = p.records.get(file.file);
    if (!record) continue;
    // Positions are rare (only for diagnostics): the file is read again when one is needed.
    const result = fromRecord(record, () => {
      try {
        return readFileSync(file.absolute, 'utf8')
          .replace(/^\ufeff/, '')
          .replace(/\r\n/g, '\n');
      } catch {
        return undefined;
      }
    });
    diagnostics.push(...result.diagnostics);
    if (result.entry) entries.push(result.entry);
    if (result.checked) checked.push(result.checked);
  }
  const now = options.now ?? buildTime();
  if (options.crossFileChecks !== false) {
    diagnostics.push(
      ...runCrossFileChecks({
        root: options.root,
        contentDir,
        now,
        history: options.history ?? false,
        files: p.files,
        checked,
        entries,
        artifactCache: p.cache?.artifacts,
      }),
    );
    p.cache?.artifacts.save();
  }

  const of = <C extends Entry['collection']>(c: C) => entries.filter((e): e is Entry<C> => e.collection === c);
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
    analysedInWorkers,
  };
}

/** Checks all content and, when `render` is given, renders every body; large cold runs use worker threads. */
export async function processContent(options: LoadOptions, render?: RenderRequest): Promise<ContentSet> {
  const p = plan(options, render);
  // The analyser (Markdown, YAML and schema libraries, worker threads) is loaded only
  // when some file is not in the cache: a warm `npm run check` never pays for it.
  if (p.jobs.length === 0) return finish(options, p, []);
  const { runJobs } = await import('./workers/pool.ts');
  const stats = { workerJobs: 0, inlineJobs: 0, threadIds: [] };
  const results = await runJobs(p.jobs, p.settings, { stats, ...(options.workers !== undefined ? { workers: options.workers } : {}) });
  return finish(options, p, results, stats.workerJobs);
}
