// Spreads jobs over the main thread and worker threads, one thread per core, in batches
// handed out as threads free up. The main thread takes batches too instead of waiting on
// one worker per core: one copy of the analyser and its heap fewer. Measured on the
// 2-core machine, cold build at n=1000 (two runs each, cards cached): content synced in
// 8 s against 9-10 s, peak memory 1,509-1,518 MiB against 1,588-1,607, the same CPU.
// Small runs stay on the main thread: starting a worker costs more than it saves.
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
  /** Jobs done on the main thread: its share of a large run, a small run, or a dead worker's batches. */
  inlineJobs: number;
  /** `threadId` of every worker that sent results, as the worker itself reported it. */
  threadIds: number[];
}

export interface PoolOptions {
  /** Threads to use, the main thread included (2 = the main thread and one worker); default `workerCount()`. */
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

/** Threads for a large run, the main one included: BRIEFING_WORKERS (0 or 1: all on the main thread), else one per core. */
export function workerCount(env: NodeJS.ProcessEnv = process.env): number {
  const configured = Number(env.BRIEFING_WORKERS);
  if (Number.isInteger(configured) && configured >= 0) return configured;
  return availableParallelism();
}

/** Batches each worker holds: one it works on and one queued, so it never waits for the main thread's turn. */
const IN_FLIGHT = 2;

type Batch = { start: number; jobs: Job[] };

export async function runJobs(jobs: Job[], settings?: RenderSettings, options: PoolOptions = {}): Promise<JobResult[]> {
  const stats = options.stats ?? { workerJobs: 0, inlineJobs: 0, threadIds: [] };
  const batches: Batch[] = [];
  for (let start = 0; start < jobs.length; start += BATCH_SIZE) batches.push({ start, jobs: jobs.slice(start, start + BATCH_SIZE) });
  // The main thread is one of the threads: `workers: 2` is itself and one worker.
  const count = Math.min((options.workers ?? workerCount()) - 1, batches.length - 1);
  const { runInline } = await import('./run-job.ts');
  if (jobs.length < MIN_JOBS_FOR_WORKERS || count < 1) {
    stats.inlineJobs += jobs.length;
    return runInline(jobs, settings);
  }

  const results: JobResult[] = new Array(jobs.length);
  const script = options.script ?? join(import.meta.dirname, 'analyze-worker.ts');
  const onMainThread = (batch: Batch) => {
    runInline(batch.jobs, settings).forEach((r, i) => (results[batch.start + i] = r));
    stats.inlineJobs += batch.jobs.length;
  };

  const runWorker = () =>
    new Promise<void>((resolve) => {
      let worker: Worker;
      try {
        // A capped heap makes V8 collect as it goes instead of growing towards gigabytes.
        worker = new Worker(script, { workerData: { settings }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      } catch {
        // No worker threads here (an unusual runtime): the main thread does the work.
        resolve();
        return;
      }
      // Batches sent and not yet answered, in the order the worker answers them.
      const sent: Batch[] = [];
      // One batch while the worker starts (it loads the analyser first), then IN_FLIGHT.
      let limit = 1;
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        void worker.terminate().then(() => resolve());
      };
      const send = () => {
        while (sent.length < limit) {
          const batch = batches.shift();
          if (!batch) break;
          sent.push(batch);
          worker.postMessage(batch.jobs);
        }
        if (sent.length === 0) finish();
      };
      worker.on('message', (reply: WorkerReply) => {
        const batch = sent.shift()!;
        limit = IN_FLIGHT;
        reply.results.forEach((r, i) => (results[batch.start + i] = r));
        stats.workerJobs += reply.results.length;
        if (!stats.threadIds.includes(reply.threadId)) stats.threadIds.push(reply.threadId);
        send();
      });
      worker.on('error', () => {
        // A worker that dies hands its batches back; the main thread does them.
        batches.unshift(...sent.splice(0));
        done = true;
        resolve();
      });
      send();
    });

  const workersDone = Promise.all(Array.from({ length: count }, runWorker));
  // The main thread's share, one batch at a time, letting the workers' replies in between.
  for (let batch = batches.shift(); batch; batch = batches.shift()) {
    onMainThread(batch);
    await new Promise((next) => setImmediate(next));
  }
  await workersDone;
  // Batches a dying worker handed back after the main thread had finished its share.
  for (let batch = batches.shift(); batch; batch = batches.shift()) onMainThread(batch);
  return results;
}
