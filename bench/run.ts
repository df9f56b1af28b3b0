// `npm run bench [-- --n 1000] [--n 5000] [--skip-baseline] [--skip-hugo] [--skip-verify]
//                [--json path] [--work dir]`
//
// For each N: generates a seeded synthetic corpus (bench/generate-corpus.ts) and times
// - check:   node src/cli/check.ts with cwd = the corpus root;
// - ours:    astro build of the project (bench/ours.config.mjs = astro.config.mjs with the
//            Pagefind integration left out and a cacheDir of its own): cold (fresh outDir,
//            caches cleared), warm with nothing changed, warm after one article changed;
// - pagefind: `pagefind --site <outDir>` over the cold build, on its own;
// - baseline: a plain Astro 7 blog over the same corpus (bench/baseline/), same three builds;
// - hugo:     the same corpus as a minimal Hugo site, when `hugo` is installed.
// It checks that warm builds give byte-identical output to builds without caches, prints
// a table and writes JSON (bench/results.json unless --json says otherwise).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, appendFileSync } from 'node:fs';
import { availableParallelism, cpus, freemem, loadavg, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { compareDirs, countByExtension, type DirComparison } from './lib/compare-dirs.ts';
import { hugoVersion, updateHugoFile, writeHugoSite } from './lib/hugo.ts';
import { hasGnuTime, measure, type Measurement } from './lib/measure.ts';
import { generateCorpus, DEFAULT_SEED } from './generate-corpus.ts';
import { writeFileAtomic } from '../src/pipeline/cache/write-file-atomic.ts';

const PROJECT = resolve(import.meta.dirname, '..');
const ASTRO = join(PROJECT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const PAGEFIND = join(PROJECT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
/** A fixed build time, so that no synthetic item is "scheduled" and output is reproducible. */
const SOURCE_DATE_EPOCH = '1767225600';
const VITE_RESERVED = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

interface Args {
  sizes: number[];
  skipBaseline: boolean;
  skipHugo: boolean;
  skipVerify: boolean;
  json: string;
  work: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { sizes: [], skipBaseline: false, skipHugo: false, skipVerify: false, json: join(PROJECT, 'bench', 'results.json'), work: join(PROJECT, 'bench', '.work') };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--n') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new Error(`--n must be a positive whole number`);
      args.sizes.push(n);
    } else if (arg.startsWith('--n=')) args.sizes.push(Number(arg.slice(4)));
    else if (arg === '--skip-baseline') args.skipBaseline = true;
    else if (arg === '--skip-hugo') args.skipHugo = true;
    else if (arg === '--skip-verify') args.skipVerify = true;
    else if (arg === '--json') args.json = resolve(value());
    else if (arg === '--work') args.work = resolve(value());
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: npm run bench -- [--n 1000] [--n 5000] [--skip-baseline] [--skip-hugo] [--skip-verify] [--json path] [--work dir]');
      process.exit(0);
    } else throw new Error(`unknown option ${arg}`);
  }
  if (args.sizes.length === 0) args.sizes.push(1000);
  const rel = relative(PROJECT, args.work);
  // Astro keeps a build's intermediate files beside an outDir inside the project, but in
  // the shared .astro/ otherwise: builds of the benchmark must stay inside the project.
  if (rel.startsWith('..') || resolve(PROJECT, rel) !== args.work) throw new Error(`--work must be inside the project (${PROJECT})`);
  return args;
}

// ---------------------------------------------------------------------------------------

interface Step {
  ms: number;
  peakMiB: number;
  maxProcessMiB?: number;
  treeMiB: number;
}

function step(m: Measurement): Step {
  return { ms: round(m.ms), peakMiB: round(m.peakMiB), ...(m.maxProcessMiB !== undefined ? { maxProcessMiB: round(m.maxProcessMiB) } : {}), treeMiB: round(m.treeMiB) };
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

interface EngineResult {
  cold?: Step;
  warm?: Step;
  warmAfterChange?: Step;
  /** File counts of the cold output by extension. */
  output?: Record<string, number>;
  version?: string;
  skipped?: string;
}

interface OursResult extends EngineResult {
  /** The check with its cache cleared (`reportedMs`: the time the check prints itself). */
  check?: Step & { reportedMs?: number };
  /** The check again, nothing changed. */
  checkWarm?: Step & { reportedMs?: number };
  pagefind?: Step;
  /** Warm build (nothing changed) vs cold build: byte for byte. */
  warmIdenticalToCold?: DirComparison;
  /** Warm build after the change vs a cold build (caches cleared) of the changed corpus. */
  changedIdenticalToCold?: DirComparison;
  /** The cold build of the changed corpus made for that comparison. */
  coldAfterChange?: Step;
  /** Cache folders found after the warm builds (project-relative path → bytes). */
  caches?: Record<string, number>;
}

interface SizeResult {
  n: number;
  corpus: { articles: number; drafts: number; actors: number; topics: number; mebibytes: number; changedFile: string };
  ours: OursResult;
  baseline: EngineResult;
  hugo: EngineResult;
  loadBefore: number[];
  loadAfter: number[];
}

// ---------------------------------------------------------------------------------------

function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  // Vitest puts Vite's own variables into process.env; handed on, BASE_URL would change the build.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITE_RESERVED.has(key)));
  return { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', SOURCE_DATE_EPOCH, ...extra };
}

function fail(what: string, m: Measurement): never {
  throw new Error(`${what} failed (exit ${m.code}):\n${m.output.slice(-6000)}`);
}

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

function seconds(ms: number | undefined): string {
  return ms === undefined ? '—' : `${(ms / 1000).toFixed(2)} s`;
}

function dirBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(path) : readFileSync(path).byteLength;
  }
  return total;
}

/** Caches a build of ours may read: the benchmark's own Astro cacheDir and the project's briefing caches. */
function ourCaches(cacheDir: string): string[] {
  const found = [cacheDir];
  const shared = join(PROJECT, 'node_modules', '.cache');
  if (existsSync(shared)) {
    for (const name of readdirSync(shared)) {
      // briefing-builds holds the test suite's output folders, not a cache.
      if (name.startsWith('briefing') && name !== 'briefing-builds') found.push(join(shared, name));
    }
  }
  return found;
}

function clear(paths: string[]): void {
  for (const path of paths) rmSync(path, { recursive: true, force: true });
}

async function astroBuild(what: string, args: string[], env: Record<string, string>, outDir: string): Promise<Step> {
  rmSync(outDir, { recursive: true, force: true });
  log(`${what} …`);
  const m = await measure(process.execPath, [ASTRO, 'build', ...args], { cwd: PROJECT, env: childEnv({ ...env, OUT_DIR: outDir }) });
  if (m.code !== 0) fail(what, m);
  log(`${what}: ${seconds(m.ms)}, peak ${Math.round(m.peakMiB)} MiB`);
  return step(m);
}

/** Appends a sentence to the body of one article: the "one article changed" edit. */
function changeArticle(file: string): void {
  appendFileSync(file, '\nA late addition: the benchmark changed this item after the first build.\n');
}

async function runSize(n: number, args: Args): Promise<SizeResult> {
  const work = args.work;
  const corpusRoot = join(work, `corpus-${n}`);
  const out = join(work, `out-${n}`);
  const cache = join(work, `cache-${n}`);
  mkdirSync(out, { recursive: true });
  const loadBefore = loadavg().map(round);

  log(`n=${n}: generating the corpus in ${relative(PROJECT, corpusRoot)}`);
  const corpus = generateCorpus(corpusRoot, n, DEFAULT_SEED);
  const contentRel = relative(PROJECT, corpus.contentDir);
  const changedFile = join(corpusRoot, corpus.sampleArticle);

  const result: SizeResult = {
    n,
    corpus: { articles: corpus.articles, drafts: corpus.drafts, actors: corpus.actors, topics: corpus.topics, mebibytes: round(corpus.bytes / 1024 / 1024), changedFile: relative(PROJECT, changedFile) },
    ours: {},
    baseline: {},
    hugo: {},
    loadBefore,
    loadAfter: [],
  };

  // check: cold (the check's own cache, kept under <cwd>/node_modules/.cache/briefing*, cleared), then warm
  const checkCaches = join(corpusRoot, 'node_modules');
  const runCheck = async (what: string) => {
    log(`${what} …`);
    const m = await measure(process.execPath, [join(PROJECT, 'src', 'cli', 'check.ts')], { cwd: corpusRoot, env: childEnv({}) });
    if (m.code !== 0) fail(`${what} of the generated corpus (n=${n})`, m);
    const reported = /checked in (\d+) ms/.exec(m.output)?.[1];
    log(`${what}: ${seconds(m.ms)} (${reported ?? '?'} ms reported by the check itself)`);
    return { ...step(m), ...(reported ? { reportedMs: Number(reported) } : {}) };
  };
  clear([checkCaches]);
  result.ours.check = await runCheck('check, cold');
  result.ours.checkWarm = await runCheck('check, warm');

  // ours: cold, warm, pagefind
  const oursCache = join(cache, 'ours');
  const oursEnv = { CONTENT_DIR: contentRel, BENCH_CACHE_DIR: oursCache, BENCH_PAGEFIND: '0' };
  // Astro resolves --config against the project root.
  const oursArgs = ['--config', 'bench/ours.config.mjs'];
  clear(ourCaches(oursCache));
  result.ours.cold = await astroBuild('ours: cold build', oursArgs, oursEnv, join(out, 'ours-cold'));
  result.ours.output = countByExtension(join(out, 'ours-cold'));
  result.ours.warm = await astroBuild('ours: warm build', oursArgs, oursEnv, join(out, 'ours-warm'));
  result.ours.warmIdenticalToCold = compareDirs(join(out, 'ours-cold'), join(out, 'ours-warm'));
  result.ours.caches = Object.fromEntries(ourCaches(oursCache).filter(existsSync).map((p) => [relative(PROJECT, p), dirBytes(p)]));
  log('pagefind …');
  const pagefind = await measure(process.execPath, [PAGEFIND, '--site', join(out, 'ours-cold')], { cwd: PROJECT, env: childEnv({}) });
  if (pagefind.code !== 0) fail('pagefind', pagefind);
  result.ours.pagefind = step(pagefind);
  log(`pagefind: ${seconds(pagefind.ms)}`);

  // baseline: cold, warm
  const baselineCache = join(cache, 'baseline');
  const baselineEnv = { BASELINE_CONTENT_DIR: corpus.contentDir, BENCH_CACHE_DIR: baselineCache };
  const baselineArgs = ['--root', join(PROJECT, 'bench', 'baseline')];
  if (args.skipBaseline) result.baseline.skipped = '--skip-baseline';
  else {
    clear([baselineCache, join(PROJECT, 'bench', 'baseline', 'node_modules', '.vite')]);
    result.baseline.cold = await astroBuild('baseline: cold build', baselineArgs, baselineEnv, join(out, 'baseline-cold'));
    result.baseline.output = countByExtension(join(out, 'baseline-cold'));
    result.baseline.warm = await astroBuild('baseline: warm build', baselineArgs, baselineEnv, join(out, 'baseline-warm'));
  }

  // hugo: cold, second run
  const hugo = args.skipHugo ? undefined : hugoVersion();
  const hugoSite = join(work, `hugo-${n}`);
  const hugoRun = async (what: string, outDir: string) => {
    rmSync(outDir, { recursive: true, force: true });
    log(`${what} …`);
    const m = await measure('hugo', ['--quiet', '--source', hugoSite, '--destination', outDir, '--cacheDir', join(cache, 'hugo')], { cwd: PROJECT, env: childEnv({}) });
    if (m.code !== 0) fail(what, m);
    log(`${what}: ${seconds(m.ms)}`);
    return step(m);
  };
  if (args.skipHugo) result.hugo.skipped = '--skip-hugo';
  else if (!hugo) {
    result.hugo.skipped = 'hugo is not installed (apt-get install -y hugo)';
    log(`hugo: skipped, ${result.hugo.skipped}`);
  } else {
    result.hugo.version = hugo;
    writeHugoSite(corpus.contentDir, hugoSite);
    clear([join(cache, 'hugo'), join(hugoSite, 'resources')]);
    result.hugo.cold = await hugoRun('hugo: cold build', join(out, 'hugo-cold'));
    result.hugo.output = countByExtension(join(out, 'hugo-cold'));
    result.hugo.warm = await hugoRun('hugo: second build', join(out, 'hugo-warm'));
  }

  // one article changed: warm builds of each
  changeArticle(changedFile);
  log(`changed ${relative(PROJECT, changedFile)}`);
  result.ours.warmAfterChange = await astroBuild('ours: warm build after 1 change', oursArgs, oursEnv, join(out, 'ours-changed'));
  if (!args.skipBaseline) result.baseline.warmAfterChange = await astroBuild('baseline: warm build after 1 change', baselineArgs, baselineEnv, join(out, 'baseline-changed'));
  if (hugo) {
    updateHugoFile(corpus.contentDir, hugoSite, changedFile);
    result.hugo.warmAfterChange = await hugoRun('hugo: build after 1 change', join(out, 'hugo-changed'));
  }

  // The changed build must equal a build of the same content without any cache.
  if (!args.skipVerify) {
    clear(ourCaches(oursCache));
    result.ours.coldAfterChange = await astroBuild('ours: cold build of the changed corpus (verification)', oursArgs, oursEnv, join(out, 'ours-changed-cold'));
    result.ours.changedIdenticalToCold = compareDirs(join(out, 'ours-changed-cold'), join(out, 'ours-changed'));
  }
  result.loadAfter = loadavg().map(round);
  return result;
}

// ---------------------------------------------------------------------------------------
// Report.

function ratio(a: number | undefined, b: number | undefined): string {
  return a === undefined || b === undefined || b === 0 ? '—' : `${(a / b).toFixed(2)}x`;
}

function mib(x: number | undefined): string {
  return x === undefined ? '—' : `${Math.round(x)} MiB`;
}

function identical(c: DirComparison | undefined): string {
  if (!c) return 'not checked';
  return c.identical ? `yes (${c.files} files)` : `NO: ${c.differenceCount} differ`;
}

export interface TableRow {
  name: string;
  ours: string;
  baseline: string;
  hugo: string;
  ratio: string;
}

function rows(r: SizeResult): TableRow[] {
  const peak = (e: EngineResult) => Math.max(e.cold?.peakMiB ?? 0, e.warm?.peakMiB ?? 0, e.warmAfterChange?.peakMiB ?? 0) || undefined;
  const oursPeak = Math.max(peak(r.ours) ?? 0, r.ours.coldAfterChange?.peakMiB ?? 0) || undefined;
  return [
    { name: 'check, cold', ours: seconds(r.ours.check?.ms), baseline: '—', hugo: '—', ratio: '—' },
    { name: 'check, warm', ours: seconds(r.ours.checkWarm?.ms), baseline: '—', hugo: '—', ratio: '—' },
    { name: 'cold build', ours: seconds(r.ours.cold?.ms), baseline: seconds(r.baseline.cold?.ms), hugo: seconds(r.hugo.cold?.ms), ratio: ratio(r.ours.cold?.ms, r.baseline.cold?.ms) },
    { name: 'warm build', ours: seconds(r.ours.warm?.ms), baseline: seconds(r.baseline.warm?.ms), hugo: seconds(r.hugo.warm?.ms), ratio: ratio(r.ours.warm?.ms, r.baseline.warm?.ms) },
    { name: 'warm build after 1 change', ours: seconds(r.ours.warmAfterChange?.ms), baseline: seconds(r.baseline.warmAfterChange?.ms), hugo: seconds(r.hugo.warmAfterChange?.ms), ratio: ratio(r.ours.warmAfterChange?.ms, r.baseline.warmAfterChange?.ms) },
    { name: 'pagefind', ours: seconds(r.ours.pagefind?.ms), baseline: '—', hugo: '—', ratio: '—' },
    { name: 'peak memory', ours: mib(oursPeak), baseline: mib(peak(r.baseline)), hugo: mib(peak(r.hugo)), ratio: ratio(oursPeak, peak(r.baseline)) },
    { name: 'pages (html files)', ours: String(r.ours.output?.html ?? '—'), baseline: String(r.baseline.output?.html ?? '—'), hugo: String(r.hugo.output?.html ?? '—'), ratio: '—' },
    { name: 'warm output = cold output', ours: identical(r.ours.warmIdenticalToCold), baseline: '—', hugo: '—', ratio: '—' },
    { name: 'changed output = uncached', ours: identical(r.ours.changedIdenticalToCold), baseline: '—', hugo: '—', ratio: '—' },
  ];
}

function targets(r: SizeResult): Record<string, { target: string; value: string; met: boolean | null }> {
  const cold = r.ours.cold?.ms;
  const base = r.baseline.cold?.ms;
  const peak = Math.max(r.ours.cold?.peakMiB ?? 0, r.ours.warm?.peakMiB ?? 0, r.ours.warmAfterChange?.peakMiB ?? 0);
  return {
    coldVsBaseline: { target: 'cold build ≤ 1.25x plain Astro', value: ratio(cold, base), met: cold !== undefined && base !== undefined ? cold <= 1.25 * base : null },
    warmChangeVsHugo: { target: 'warm build after 1 change ≤ Hugo cold build', value: `${seconds(r.ours.warmAfterChange?.ms)} vs ${seconds(r.hugo.cold?.ms)}`, met: r.hugo.cold && r.ours.warmAfterChange ? r.ours.warmAfterChange.ms <= r.hugo.cold.ms : null },
    check: { target: 'check < 2 s (cold)', value: seconds(r.ours.check?.ms), met: r.ours.check ? r.ours.check.ms < 2000 : null },
    memory: { target: 'peak memory < 1 GiB', value: mib(peak), met: peak > 0 ? peak < 1024 : null },
    identical: {
      target: 'output identical to a build without caches',
      value: `${identical(r.ours.warmIdenticalToCold)}; ${identical(r.ours.changedIdenticalToCold)}`,
      met: r.ours.warmIdenticalToCold ? r.ours.warmIdenticalToCold.identical && (r.ours.changedIdenticalToCold?.identical ?? true) : null,
    },
  };
}

function formatTable(r: SizeResult): string {
  const header: TableRow = { name: `n=${r.n}`, ours: 'ours', baseline: 'plain Astro', hugo: 'Hugo', ratio: 'ours/plain Astro' };
  const body = rows(r);
  const all = [header, ...body];
  const keys = ['name', 'ours', 'baseline', 'hugo', 'ratio'] as const;
  const width = Object.fromEntries(keys.map((k) => [k, Math.max(...all.map((row) => row[k].length))])) as Record<(typeof keys)[number], number>;
  const line = (row: TableRow) => `| ${keys.map((k) => row[k].padEnd(width[k])).join(' | ')} |`;
  const rule = `| ${keys.map((k) => '-'.repeat(width[k])).join(' | ')} |`;
  return [line(header), rule, ...body.map(line)].join('\n');
}

function machine() {
  const astro = JSON.parse(readFileSync(join(PROJECT, 'node_modules', 'astro', 'package.json'), 'utf8')) as { version: string };
  return {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: round(totalmem() / 1024 ** 3),
    freeMemoryGiB: round(freemem() / 1024 ** 3),
    node: process.version,
    astro: astro.version,
    hugo: hugoVersion() ?? null,
    gnuTime: hasGnuTime(),
    platform: `${process.platform} ${process.arch}`,
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const info = machine();
  log(`${info.nproc} cores (${info.cpu}), node ${info.node}, astro ${info.astro}${info.gnuTime ? '' : '; /usr/bin/time missing (apt-get install -y time): peak memory from /proc only'}`);
  const started = new Date();
  const runs: Array<SizeResult & { table: TableRow[]; targets: ReturnType<typeof targets> }> = [];
  for (const n of args.sizes) {
    const r = await runSize(n, args);
    runs.push({ ...r, table: rows(r), targets: targets(r) });
    console.log(`\n${formatTable(r)}\n`);
    for (const t of Object.values(targets(r))) console.log(`  ${t.met === null ? '·' : t.met ? '✓' : '✗'} ${t.target}: ${t.value}`);
    console.log(`  load average ${r.loadBefore.join(' ')} before, ${r.loadAfter.join(' ')} after (numbers are noisy when the machine is busy)\n`);
  }
  const report = {
    generated: started.toISOString(),
    command: `node bench/run.ts ${process.argv.slice(2).join(' ')}`.trim(),
    seed: DEFAULT_SEED,
    machine: info,
    notes: [
      'Wall clock of each child process (performance.now around it); peak memory is max(GNU time %M of the largest process, summed RSS of the process tree polled every 50 ms).',
      'ours = the project built with bench/ours.config.mjs: astro.config.mjs with the briefing-pagefind integration left out (timed on its own as pagefind) and a cacheDir under bench/.work.',
      'cold = fresh outDir and caches cleared; warm = second build, nothing changed; after 1 change = one sentence appended to one article.',
    ],
    runs,
  };
  mkdirSync(dirname(args.json), { recursive: true });
  writeFileAtomic(args.json, `${JSON.stringify(report, null, 2)}\n`);
  log(`wrote ${relative(process.cwd(), args.json) || args.json}`);
  const broken = runs.some((r) => r.ours.warmIdenticalToCold?.identical === false || r.ours.changedIdenticalToCold?.identical === false);
  if (broken) {
    for (const r of runs) {
      for (const c of [r.ours.warmIdenticalToCold, r.ours.changedIdenticalToCold]) if (c && !c.identical) console.error(c.differences.join('\n'));
    }
    process.exitCode = 1;
  }
}

await main();
