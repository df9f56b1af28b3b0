// The unit of work the pool hands out: read one file, analyse it, and render it when
// asked. Runs in worker threads on large cold runs and inline otherwise.
import { readFileSync } from 'node:fs';
import { analyzeFile } from '../analyze-file.ts';
import type { FileIdentity, FileRecord } from '../file-record.ts';
import { diagnostic } from '../diagnostics.ts';
import { renderMarkdown, type RenderedBody } from '../render/render-markdown.ts';
import { renderOptionsFor, type RenderSettings } from '../render/render-settings.ts';

export interface Job extends FileIdentity {
  absolute: string;
  render: boolean;
}

export interface JobResult {
  record: FileRecord;
  rendered?: RenderedBody;
  /** The raw bytes' digest as read by the job (the file may change while we run). */
  digest: string;
}

export function runJob(job: Job, settings: RenderSettings | undefined): JobResult {
  const identity: FileIdentity = { file: job.file, collection: job.collection, id: job.id };
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(job.absolute);
  } catch (error) {
    const message = `the file cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
    return {
      digest: '',
      record: {
        ...identity,
        digest: '',
        diagnostics: [diagnostic({ file: job.file, at: { line: 1, column: 1 }, field: 'file', rule: 'read', message })],
        body: '',
        bodyLine: 1,
      },
    };
  }
  const { record, tree, rawHtml } = analyzeFile(identity, bytes);
  if (!job.render || !settings || !tree) return { record, digest: record.digest };
  try {
    return { record, digest: record.digest, rendered: renderMarkdown(tree, renderOptionsFor(job.file, settings), rawHtml) };
  } catch (error) {
    const failed = diagnostic({
      file: job.file,
      at: { line: record.bodyLine, column: 1 },
      field: 'body',
      rule: 'render',
      message: `the body could not be rendered: ${(error as Error).message}`,
    });
    return { record: { ...record, diagnostics: [...record.diagnostics, failed] }, digest: record.digest };
  }
}

/** The jobs one after the other on this thread: small runs, callers that cannot await, a pool without workers. */
export function runInline(jobs: Job[], settings?: RenderSettings): JobResult[] {
  return jobs.map((job) => runJob(job, settings));
}
