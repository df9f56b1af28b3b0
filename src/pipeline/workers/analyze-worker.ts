// Worker thread: runs batches of jobs sent by the pool and sends back their results.
import { parentPort, threadId, workerData } from 'node:worker_threads';
import type { RenderSettings } from '../render/render-settings.ts';
import type { WorkerReply } from './pool.ts';
import { runJob, type Job } from './run-job.ts';

const settings = (workerData as { settings?: RenderSettings }).settings;
parentPort!.on('message', (batch: Job[]) => {
  const reply: WorkerReply = { threadId, results: batch.map((job) => runJob(job, settings)) };
  parentPort!.postMessage(reply);
});
