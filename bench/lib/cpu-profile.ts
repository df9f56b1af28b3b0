// Reads V8 CPU profiles (`node --cpu-prof`, one file per thread: worker threads inherit
// the flag) and says where the CPU time went: per phase of the run and per package. A
// sample's time is the profile's start plus its deltas, on the monotonic clock that
// `process.hrtime` also reads, so the phases the parent saw in the child's log (their
// hrtime when each marker line arrived) cut the samples of every thread alike.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface CallFrame {
  functionName: string;
  url: string;
}
interface Profile {
  nodes: Array<{ id: number; callFrame: CallFrame }>;
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A phase and the monotonic time (µs) it started at; each ends where the next starts. */
export interface PhaseMark {
  phase: string;
  startUs: number;
}

export interface PhaseCost {
  phase: string;
  /** Busy time of every JavaScript thread in the phase (idle samples left out), ms. */
  cpuMs: number;
  /** Wall time of the phase, ms. */
  wallMs: number;
  /** The packages (or project folders) that took the most of it, ms. */
  top: Array<{ name: string; ms: number }>;
}

const NOT_WORK = new Set(['(idle)', '(program)', '(root)']);

/** Where a frame's code lives: an npm package, a project folder (`src/pipeline`), or what V8 calls it. */
export function ownerOf(frame: CallFrame, bundled: string[] = []): string {
  // The build's own page code runs from the chunks Vite bundled into the output folder.
  if (bundled.some((dir) => frame.url.includes(dir))) return 'site code (bundled routes, components)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(frame.url);
  if (pkg) return pkg[1]!;
  const project = /\/(src\/[^/]+|bench)\//.exec(frame.url);
  if (project) return project[1]!;
  if (frame.url.startsWith('node:')) return 'node (built-in modules)';
  if (frame.functionName === '(garbage collector)') return '(garbage collector)';
  return frame.url ? 'other' : frame.functionName.startsWith('RegExp:') ? '(regular expressions)' : frame.functionName || '(native)';
}

/** Every sample of every profile in `dir`: its time (µs, monotonic), its length (µs), its owner. */
function samplesIn(dir: string, bundled: string[]): Array<{ at: number; us: number; owner: string }> {
  const out: Array<{ at: number; us: number; owner: string }> = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile;
    const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
    let at = profile.startTime;
    profile.samples.forEach((id, i) => {
      const us = profile.timeDeltas[i] ?? 0;
      at += us;
      const frame = frames.get(id);
      if (frame && !NOT_WORK.has(frame.functionName)) out.push({ at, us, owner: ownerOf(frame, bundled) });
    });
  }
  return out;
}

/**
 * The busy time of the JavaScript threads in the profiles in `dir`, cut by `marks`
 * (ordered) up to `endUs`. A sample is busy wall time of its thread: on a loaded machine
 * it exceeds the CPU time the thread got, and native thread pools (libvips for images,
 * takumi for cards) are in no V8 profile; the run's measured CPU (GNU time) is printed
 * beside it, not mixed in.
 */
export function costByPhase(dir: string, marks: PhaseMark[], endUs: number, bundled: string[] = [], topN = 6): PhaseCost[] {
  const samples = samplesIn(dir, bundled);
  return marks.map((mark, i) => {
    const end = marks[i + 1]?.startUs ?? endUs;
    const owners = new Map<string, number>();
    let total = 0;
    for (const s of samples) {
      if (s.at < mark.startUs || s.at >= end) continue;
      total += s.us;
      owners.set(s.owner, (owners.get(s.owner) ?? 0) + s.us);
    }
    const top = [...owners]
      .sort((a, b) => b[1] - a[1])
      .slice(0, topN)
      .map(([name, us]) => ({ name, ms: Math.round(us / 1000) }));
    return { phase: mark.phase, cpuMs: Math.round(total / 1000), wallMs: Math.round((end - mark.startUs) / 1000), top };
  });
}

/** A Markdown table of the phases: CPU, wall, and the packages that took most of each. */
export function phaseTable(title: string, phases: PhaseCost[], measuredCpuMs?: number): string {
  const rows = phases.map(
    (p) =>
      `| ${p.phase} | ${(p.cpuMs / 1000).toFixed(1)} | ${(p.wallMs / 1000).toFixed(1)} | ${p.top.map((t) => `${t.name} ${(t.ms / 1000).toFixed(1)}`).join(', ')} |`,
  );
  const total = phases.reduce((sum, p) => sum + p.cpuMs, 0);
  return [
    `### ${title}`,
    '',
    '| phase | JS busy s | wall s | most busy (s) |',
    '| --- | --: | --: | --- |',
    ...rows,
    `| **all** | **${(total / 1000).toFixed(1)}** | | |`,
    '',
    ...(measuredCpuMs === undefined ? [] : [`CPU of the whole process tree (GNU time, native threads included): ${(measuredCpuMs / 1000).toFixed(1)} s.`, '']),
  ].join('\n');
}
