// Spreads jobs over worker threads, one per core, in batches handed out as workers free
// up. Small runs stay on the main thread: starting a worker costs more than it saves.
// The analyser itself (about 0.6 s of CPU to load: zod schemas, micromark, YAML) is
// loaded on the main thread only when it does work there; otherwise only the workers
// load it.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RenderSettings } from '../render/render-settings.ts';
import type { Job, JobResult } from './run-job.ts';

/** Below this many jobs the work is done inline. */
export const MIN_JOBS_FOR_WORKERS = 150;
const BATCH_SIZE = 40;
/** Old-generation heap per worker; a batch of files needs a few dozen MiB. */
const WORKER_HEAP_MB = 384;

/** Where a run's jobs went, filled in by `runJobs` when given (tests assert workers really ran). */
export interface PoolStats {
  /** Jobs whose results came back from a worker thread. */
  workerJobs: number;
  /** Jobs done on the main thread: a small run, or a worker that failed. */
  inlineJobs: number;
  /** `threadId` of every worker that sent results, as the worker itself reported it. */
  threadIds: number[];
}

export interface PoolOptions {
  /** Threads to start; default `workerCount()`. */
  workers?: number;
  /** The worker module; tests pass a broken one to prove the fallback. */
  script?: string;
  stats?: PoolStats;
}

/** What a worker sends back for one batch. */
export interface WorkerReply {
  threadId: number;
  results: JobResult[];
}

export function workerCount(env: NodeJS.ProcessEnv = process.env): number {
  const configured = Number(env.BRIEFING_WORKERS);
  if (Number.isInteger(configured) && configured >= 0) return configured;
  return availableParallelism();
}

export async function runJobs(jobs: Job[], settings?: RenderSettings, options: PoolOptions = {}): Promise<JobResult[]> {
  const stats = options.stats ?? { workerJobs: 0, inlineJobs: 0, threadIds: [] };
  const count = Math.min(options.workers ?? workerCount(), Math.ceil(jobs.length / BATCH_SIZE));
  if (jobs.length < MIN_JOBS_FOR_WORKERS || count < 2) {
    stats.inlineJobs += jobs.length;
    return (await import('./run-job.ts')).runInline(jobs, settings);
  }

  const results: JobResult[] = new Array(jobs.length);
  const batches: Array<{ start: number; jobs: Job[] }> = [];
  for (let start = 0; start < jobs.length; start += BATCH_SIZE) batches.push({ start, jobs: jobs.slice(start, start + BATCH_SIZE) });
  const script = options.script ?? join(import.meta.dirname, 'analyze-worker.ts');
  // Batches no worker could take, done on the main thread once the workers are done.
  const leftover: Array<{ start: number; jobs: Job[] }> = [];
  const inline = (batch: { start: number; jobs: Job[] }) => leftover.push(batch);

  const runWorker = () =>
    new Promise<void>((resolve) => {
      let worker: Worker;
      try {
        // A capped heap makes V8 collect as it goes instead of growing towards gigabytes.
        worker = new Worker(script, { workerData: { settings }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      } catch {
        // No worker threads here (an unusual runtime): the main thread does the work.
        for (let b = batches.shift(); b; b = batches.shift()) inline(b);
        resolve();
        return;
      }
      let current: { start: number; jobs: Job[] } | undefined;
      const next = () => {
        current = batches.shift();
        if (current) worker.postMessage(current.jobs);
        else void worker.terminate().then(() => resolve());
      };
      worker.on('message', (reply: WorkerReply) => {
        reply.results.forEach((r, i) => (results[current!.start + i] = r));
        stats.workerJobs += reply.results.length;
        if (!stats.threadIds.includes(reply.threadId)) stats.threadIds.push(reply.threadId);
        next();
      });
      worker.on('error', () => {
        // A worker that dies hands its batch back to the main thread; results stay complete.
        if (current) inline(current);
        for (let b = batches.shift(); b; b = batches.shift()) inline(b);
        resolve();
      });
      next();
    });
  await Promise.all(Array.from({ length: count }, runWorker));
  if (leftover.length > 0) {
    const { runInline } = await import('./run-job.ts');
    for (const batch of leftover) {
      runInline(batch.jobs, settings).forEach((r, i) => (results[batch.start + i] = r));
      stats.inlineJobs += batch.jobs.length;
    }
  }
  return results;
}
