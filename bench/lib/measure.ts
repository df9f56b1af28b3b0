// Runs one child process and measures it: wall clock (performance.now around the whole
// child) and peak memory, two ways:
// - GNU time's %M (when /usr/bin/time exists): the largest resident set of any single
//   process in the tree (getrusage of the waited-for children: a maximum, not a sum);
// - a /proc poll every 50 ms of the summed resident set of the whole process tree, which
//   also counts helpers running beside Node (the pagefind binary, worker processes).
// The reported peak is the larger of the two. GNU time also gives the CPU time (user +
// system) of the whole tree, which is steadier than wall time on a shared machine.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GNU_TIME = '/usr/bin/time';
const PAGE_BYTES = 4096;
const OUTPUT_LIMIT = 2 * 1024 * 1024;

export interface Measurement {
  ms: number;
  /** max(GNU time %M, summed RSS of the process tree seen by the poll), in MiB. */
  peakMiB: number;
  /** GNU time %M in MiB (largest single process), if /usr/bin/time is installed. */
  maxProcessMiB?: number;
  /** Peak of the summed RSS of the process tree, polled every 50 ms, in MiB. */
  treeMiB: number;
  /** User + system CPU time of the child and its waited-for children (GNU time %U + %S), in ms. */
  cpuMs?: number;
  code: number | null;
  output: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

export function hasGnuTime(): boolean {
  return existsSync(GNU_TIME);
}

function children(pid: number): number[] {
  const out: number[] = [];
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tasks) {
    try {
      for (const child of readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ')) if (child.trim()) out.push(Number(child));
    } catch {
      // The task ended between the two reads.
    }
  }
  return out;
}

function treeRssBytes(root: number): number {
  let total = 0;
  const stack = [root];
  const seen = new Set<number>();
  while (stack.length) {
    const pid = stack.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES;
    } catch {
      continue;
    }
    stack.push(...children(pid));
  }
  return total;
}

const MiB = 1024 * 1024;

export function measure(command: string, args: string[], options: RunOptions): Promise<Measurement> {
  const timed = hasGnuTime();
  const scratch = timed ? mkdtempSync(join(tmpdir(), 'bench-time-')) : undefined;
  const timeFile = scratch ? join(scratch, 'rss') : undefined;
  const [file, argv] = timed ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile!, command, ...args]] : [command, args];
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const keep = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.length > OUTPUT_LIMIT) output = output.slice(-OUTPUT_LIMIT);
    };
    const started = performance.now();
    const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let peakTree = 0;
    const poll = () => {
      if (child.pid) peakTree = Math.max(peakTree, treeRssBytes(child.pid));
    };
    const timer = setInterval(poll, 50);
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      const ms = performance.now() - started;
      clearInterval(timer);
      let maxProcessMiB: number | undefined;
      let cpuMs: number | undefined;
      if (timeFile && existsSync(timeFile)) {
        // With -o, GNU time writes "Command exited with non-zero status N" before the figures on failure.
        const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
        const [kb, user, system] = (lines[lines.length - 1] ?? '').split(' ').map(Number);
        if (kb !== undefined && Number.isFinite(kb) && kb > 0) maxProcessMiB = kb / 1024;
        if (user !== undefined && system !== undefined && Number.isFinite(user + system)) cpuMs = (user + system) * 1000;
      }
      if (scratch) rmSync(scratch, { recursive: true, force: true });
      const treeMiB = peakTree / MiB;
      resolvePromise({
        ms,
        peakMiB: Math.max(treeMiB, maxProcessMiB ?? 0),
        ...(maxProcessMiB !== undefined ? { maxProcessMiB } : {}),
        ...(cpuMs !== undefined ? { cpuMs } : {}),
        treeMiB,
        code,
        output,
      });
    });
  });
}
