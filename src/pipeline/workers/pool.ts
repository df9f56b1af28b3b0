// Spreads jobs over worker threads, one per core, in batches handed out as workers free
// up. Small runs stay on the main thread: starting a worker costs more than it saves.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RenderSettings } from '../render/render-settings.ts';
import { runJob, type Job, type JobResult } from './run-job.ts';

/** Below this many jobs the work is done inline. */
export const MIN_JOBS_FOR_WORKERS = 150;
const BATCH_SIZE = 40;
/** Old-generation heap per worker; a batch of files needs a few dozen MiB. */
const WORKER_HEAP_MB = 384;

export function workerCount(env: NodeJS.ProcessEnv = process.env): number {
  const configured = Number(env.BRIEFING_WORKERS);
  if (Number.isInteger(configured) && configured >= 0) return configured;
  return availableParallelism();
}

export function runInline(jobs: Job[], settings?: RenderSettings): JobResult[] {
  return jobs.map((job) => runJob(job, settings));
}

export async function runJobs(jobs: Job[], settings?: RenderSettings): Promise<JobResult[]> {
  const count = Math.min(workerCount(), Math.ceil(jobs.length / BATCH_SIZE));
  if (jobs.length < MIN_JOBS_FOR_WORKERS || count < 2) return runInline(jobs, settings);

  const results: JobResult[] = new Array(jobs.length);
  const batches: Array<{ start: number; jobs: Job[] }> = [];
  for (let start = 0; start < jobs.length; start += BATCH_SIZE) batches.push({ start, jobs: jobs.slice(start, start + BATCH_SIZE) });
  const script = join(import.meta.dirname, 'analyze-worker.ts');

  const runWorker = () =>
    new Promise<void>((resolve) => {
      let worker: Worker;
      try {
        // A capped heap makes V8 collect as it goes instead of growing towards gigabytes.
        worker = new Worker(script, { workerData: { settings }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      } catch {
        // No worker threads here (an unusual runtime): the main thread does the work.
        for (let b = batches.shift(); b; b = batches.shift()) runInline(b.jobs, settings).forEach((r, i) => (results[b.start + i] = r));
        resolve();
        return;
      }
      let current: { start: number; jobs: Job[] } | undefined;
      const next = () => {
        current = batches.shift();
        if (current) worker.postMessage(current.jobs);
        else void worker.terminate().then(() => resolve());
      };
      worker.on('message', (batch: JobResult[]) => {
        batch.forEach((r, i) => (results[current!.start + i] = r));
        next();
      });
      worker.on('error', () => {
        // A worker that dies hands its batch back to the main thread; results stay complete.
        if (current) runInline(current.jobs, settings).forEach((r, i) => (results[current!.start + i] = r));
        for (let b = batches.shift(); b; b = batches.shift()) runInline(b.jobs, settings).forEach((r, i) => (results[b.start + i] = r));
        resolve();
      });
      next();
    });
  await Promise.all(Array.from({ length: count }, runWorker));
  return results;
}
