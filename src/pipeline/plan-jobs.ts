// The job planner: which files must be analysed (and rendered) afresh, and which come
// from the cache. A file is a job when the cache has no record of its bytes, or when a
// body is asked for and the cache has none under these render settings (a record with
// no body facts, a file whose Markdown could not be read, has nothing to render).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ContentCache } from './content-cache.ts';
import { diagnostic, type Diagnostic } from './diagnostics.ts';
import type { ContentFile } from './discover-files.ts';
import { digestOf, isYamlFile, type FileIdentity, type FileRecord } from './file-record.ts';
import type { RenderedBody } from './render/render-markdown.ts';
import type { RenderSettings } from './render/render-settings.ts';
import { entryPath, translationPath } from './routes.ts';
import type { Job } from './workers/run-job.ts';

export interface RenderRequest {
  base: string;
  siteHost: string;
  /** The site's address, for the absolute links of items' feed HTML; without it no feed HTML is made. */
  siteUrl?: string;
}

export interface JobPlan {
  /** Records taken from the cache, by file. */
  records: Map<string, FileRecord>;
  /** Bodies taken from the cache, by file. */
  rendered: Map<string, RenderedBody>;
  /** Files to analyse afresh, in discovery order. */
  jobs: Job[];
  /** Files that could not be read. */
  diagnostics: Diagnostic[];
}

/** What the renderer needs to know of the whole site, and a key that changes with it. */
export function renderSettingsFor(files: ContentFile[], render: RenderRequest): { settings: RenderSettings; renderKey: string } {
  const pathByFile: Record<string, string> = {};
  for (const f of files) {
    if (f.collection === 'translations') pathByFile[f.file] = translationPath(f.id);
    else if (f.collection !== 'territory' && Object.hasOwn(entryPath, f.collection))
      pathByFile[f.file] = entryPath[f.collection as keyof typeof entryPath](f.id);
  }
  const languages = [...new Set(files.filter((f) => f.collection === 'translations').map((f) => f.id.split('/')[0]!))].sort();
  const settings: RenderSettings = { ...render, pathByFile, ...(languages.length ? { languages } : {}) };
  return { settings, renderKey: createHash('sha256').update(JSON.stringify(settings)).digest('hex').slice(0, 16) };
}

/**
 * The key a file's body is cached under. A translation renders with its language's words,
 * so its key carries the language: bytes identical to an original's (a page not yet
 * translated) must not take the original's English body from the cache, nor give it theirs.
 */
export function bodyKey(renderKey: string, file: FileIdentity): string {
  return file.collection === 'translations' ? `${renderKey}:${file.id.split('/')[0]}` : renderKey;
}

export interface PlanOptions {
  cache?: Pick<ContentCache, 'record' | 'rendered'> | undefined;
  /** Set when bodies are to be rendered: the key of the render settings. */
  renderKey?: string | undefined;
  /** Reads a file's bytes; the tests pass their own. */
  read?: (absolute: string) => Uint8Array;
}

export function planJobs(files: ContentFile[], options: PlanOptions = {}): JobPlan {
  const { cache, renderKey } = options;
  const read = options.read ?? readFileSync;
  const plan: JobPlan = { records: new Map(), rendered: new Map(), jobs: [], diagnostics: [] };
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = read(file.absolute);
    } catch (error) {
      plan.diagnostics.push(
        diagnostic({
          file: file.file,
          at: { line: 1, column: 1 },
          field: 'file',
          rule: 'read',
          message: `the file cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        }),
      );
      continue;
    }
    const needsRender = renderKey !== undefined && !isYamlFile(file.file);
    if (cache) {
      const digest = digestOf(bytes);
      const record = cache.record(file, digest);
      const body = needsRender ? cache.rendered(digest, bodyKey(renderKey, file)) : undefined;
      if (record && (!needsRender || body || !record.facts)) {
        plan.records.set(file.file, record);
        if (body) plan.rendered.set(file.file, body);
        continue;
      }
    }
    plan.jobs.push({ file: file.file, collection: file.collection, id: file.id, absolute: file.absolute, render: needsRender });
  }
  return plan;
}
