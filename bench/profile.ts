// `npm run bench:profile [-- --n 1000] [--out bench/profiles] [--work bench/.work]`
// Profiles a cold `npm run check`, a cold build and a warm one of the benchmark corpus with
// `node --cpu-prof` (every thread: the worker threads inherit the flag) and prints where
// the CPU went, per phase and per package; writes the tables and the JSON to --out, the
// raw .cpuprofile files beside them (open them in Chrome's DevTools, Performance tab).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { costByPhase, phaseTable, type PhaseCost, type PhaseMark } from './lib/cpu-profile.ts';
import { GNU_TIME, hasGnuTime } from './lib/measure.ts';

const PROJECT = resolve(import.meta.dirname, '..');
const NODE = process.execPath;

// The build's log lines that start a phase (Astro 7's wording), in order.
const BUILD_PHASES: Array<{ phase: string; line: RegExp }> = [
  { phase: 'start-up and config', line: /^/ },
  { phase: 'content (check, render, store)', line: /\[content\] Syncing content/ },
  { phase: 'bundle (vite)', line: /\[build\] Building static entrypoints/ },
  { phase: 'pages, feeds, cards', line: /generating static routes/ },
  { phase: 'images', line: /generating optimized images/ },
  { phase: 'sitemap and finish', line: /\[build\] ✓ Completed in/ },
];

const nowUs = () => Number(process.hrtime.bigint() / 1000n);

/** Runs a child, noting when each phase's first line arrives; resolves with the marks and the end. */
function run(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  phases: typeof BUILD_PHASES,
): Promise<{ marks: PhaseMark[]; endUs: number; code: number | null; tail: string; cpuMs?: number }> {
  return new Promise((done) => {
    const marks: PhaseMark[] = [{ phase: phases[0]!.phase, startUs: nowUs() }];
    // GNU time, when installed, gives the whole tree's CPU (user, system), printed last on stderr.
    const [command, prefix] = hasGnuTime() ? [GNU_TIME, ['-f', 'CPU %U %S', NODE]] : [NODE, []];
    const child = spawn(command, [...prefix, ...args], {
      cwd,
      env: { ...process.env, ...env, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let next = 1;
    let rest = '';
    let tail = '';
    let cpuMs: number | undefined;
    const read = (chunk: Buffer) => {
      tail = (tail + chunk.toString('utf8')).slice(-4000);
      const lines = (rest + chunk.toString('utf8')).split('\n');
      rest = lines.pop() ?? '';
      for (const raw of lines) {
        const line = raw.replace(/\x1b\[[0-9;]*m/g, '');
        if (phases[next] && phases[next]!.line.test(line)) marks.push({ phase: phases[next++]!.phase, startUs: nowUs() });
        const cpu = /^CPU (\d+\.\d+) (\d+\.\d+)$/.exec(line);
        if (cpu) cpuMs = (Number(cpu[1]) + Number(cpu[2])) * 1000;
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('close', (code) => done({ marks, endUs: nowUs(), code, tail, ...(cpuMs === undefined ? {} : { cpuMs }) }));
  });
}

async function main() {
  const { values } = parseArgs({
    options: { n: { type: 'string', default: '1000' }, out: { type: 'string', default: 'bench/profiles' }, work: { type: 'string', default: 'bench/.work' } },
  });
  const n = Number(values.n);
  const out = resolve(PROJECT, values.out!);
  const work = resolve(PROJECT, values.work!);
  const corpus = join(work, `corpus-${n}`);
  if (!existsSync(join(corpus, 'content'))) {
    console.log(`generating the n=${n} corpus in ${corpus} …`);
    const made = await run([join(PROJECT, 'bench/generate-corpus.ts'), '--n', String(n), '--out', corpus], PROJECT, {}, BUILD_PHASES.slice(0, 1));
    if (made.code !== 0) throw new Error('the corpus could not be generated');
  }
  const report: Record<string, PhaseCost[]> = {};

  const checkDir = join(out, `check-${n}`);
  rmSync(checkDir, { recursive: true, force: true });
  rmSync(join(corpus, 'node_modules', '.cache'), { recursive: true, force: true });
  const check = await run(['--cpu-prof', `--cpu-prof-dir=${checkDir}`, join(PROJECT, 'src/cli/check.ts')], corpus, {}, [{ phase: 'check (cold)', line: /^/ }]);
  if (check.code !== 0) throw new Error(`the corpus does not pass the check:\n${check.tail}`);
  report.check = costByPhase(checkDir, check.marks, check.endUs);

  const buildDir = join(out, `build-${n}`);
  for (const cache of ['briefing', 'briefing-cards']) rmSync(join(PROJECT, 'node_modules', '.cache', cache), { recursive: true, force: true });
  const cacheDir = join(work, `cache-${n}`, 'profile');
  rmSync(cacheDir, { recursive: true, force: true });
  const env = {
    CONTENT_DIR: relative(PROJECT, join(corpus, 'content')),
    OUT_DIR: join(work, `dist-${n}-profile`),
    BENCH_CACHE_DIR: cacheDir,
    BENCH_PAGEFIND: '0',
  };
  rmSync(env.OUT_DIR, { recursive: true, force: true });
  // Cold, then warm on the caches the cold build left (what a newsroom's CI pays daily).
  const astroBuild = async (dir: string) => {
    rmSync(dir, { recursive: true, force: true });
    const args = ['--cpu-prof', `--cpu-prof-dir=${dir}`, join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'build', '--config', 'bench/ours.config.mjs'];
    const result = await run(args, PROJECT, env, BUILD_PHASES);
    if (result.code !== 0) throw new Error(`the build failed:\n${result.tail}`);
    return { result, phases: costByPhase(dir, result.marks, result.endUs, [env.OUT_DIR]) };
  };
  const cold = await astroBuild(buildDir);
  const warm = await astroBuild(join(out, `build-warm-${n}`));
  report.build = cold.phases;
  report.buildWarm = warm.phases;

  const text = [
    `## CPU by phase, n=${n} (${new Date().toISOString().slice(0, 10)})`,
    '',
    phaseTable('`npm run check`, cold', report.check, check.cpuMs),
    phaseTable('`astro build`, cold', cold.phases, cold.result.cpuMs),
    phaseTable('`astro build`, warm (nothing changed)', warm.phases, warm.result.cpuMs),
  ].join('\n');
  console.log(text);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, `profile-${n}.md`), `${text}\n`);
  writeFileSync(join(out, `profile-${n}.json`), `${JSON.stringify(report, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
