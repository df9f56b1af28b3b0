// `npm run bench [-- --n 1000] [--n 5000] [--skip-baseline] [--skip-hugo] [--skip-verify]
//                [--skip-og] [--json path] [--work dir]`
//
// For each N: generates a seeded synthetic corpus (bench/generate-corpus.ts) and times
// - check:   node src/cli/check.ts with cwd = the corpus root;
// - ours:    astro build of the project (bench/ours.config.mjs = astro.config.mjs with the
//            Pagefind integration left out and a cacheDir of its own): cold (fresh outDir,
//            caches cleared), warm with nothing changed, warm after one article changed;
// - pagefind: `pagefind --site <outDir>` over the cold build, on its own;
// - baseline: a plain Astro 7 blog over the same corpus (bench/baseline/), same three builds;
// - og:       the same blog plus an Open Graph card per article drawn by astro-og-canvas
//             (bench/baseline-og/), the peer that draws cards as ours does;
// - hugo:     the same corpus as a minimal Hugo site, when `hugo` is installed.
// It checks that warm builds give byte-identical output to builds without caches, prints
// one table (a row per engine), the goals of issue 19 and the budgets of this round's
// features (images, maps, fonts, the second edition) read from Astro's own per-route
// timings, and writes JSON (bench/results.json unless --json says otherwise).
// (Over 150 lines: the sequence of builds of one run reads best as one procedure.)
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, appendFileSync } from 'node:fs';
import { availableParallelism, cpus, freemem, loadavg, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { articleId, group, parseBuildLog, type BuildLog } from './lib/build-log.ts';
import { compareDirs, countByExtension } from './lib/compare-dirs.ts';
import { hugoVersion, updateHugoFile, writeHugoSite } from './lib/hugo.ts';
import { hasGnuTime, measure, type Measurement } from './lib/measure.ts';
import { countTree, fontBudget, mapBudget } from './lib/output-stats.ts';
import { formatBudgets, formatTable, rows, seconds, targets, type Budgets, type SizeResult, type Step, type TableRow } from './lib/report.ts';
import { generateCorpus, DEFAULT_SEED } from './generate-corpus.ts';
import { writeFileAtomic } from '../src/pipeline/cache/write-file-atomic.ts';

const PROJECT = resolve(import.meta.dirname, '..');
const ASTRO = join(PROJECT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const PAGEFIND = join(PROJECT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
/** A fixed build time, so that no synthetic item is "scheduled" and output is reproducible. */
const SOURCE_DATE_EPOCH = '1767225600';
// NODE_ENV too: under vitest it is `test`, and Astro then builds (and logs) otherwise than `npm run bench` does.
const VITE_RESERVED = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']);

interface Args {
  sizes: number[];
  skipBaseline: boolean;
  skipHugo: boolean;
  skipOg: boolean;
  skipVerify: boolean;
  json: string;
  work: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    sizes: [],
    skipBaseline: false,
    skipHugo: false,
    skipOg: false,
    skipVerify: false,
    json: join(PROJECT, 'bench', 'results.json'),
    work: join(PROJECT, 'bench', '.work'),
  };
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
    else if (arg === '--skip-og') args.skipOg = true;
    else if (arg === '--skip-verify') args.skipVerify = true;
    else if (arg === '--json') args.json = resolve(value());
    else if (arg === '--work') args.work = resolve(value());
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: npm run bench -- [--n 1000] [--n 5000] [--skip-baseline] [--skip-hugo] [--skip-og] [--skip-verify] [--json path] [--work dir]');
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

function step(m: Measurement): Step {
  return {
    ms: round(m.ms),
    ...(m.cpuMs !== undefined ? { cpuMs: round(m.cpuMs) } : {}),
    peakMiB: round(m.peakMiB),
    ...(m.maxProcessMiB !== undefined ? { maxProcessMiB: round(m.maxProcessMiB) } : {}),
    treeMiB: round(m.treeMiB),
  };
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
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

interface Build {
  step: Step;
  log: BuildLog;
}

async function astroBuild(what: string, args: string[], env: Record<string, string>, outDir: string): Promise<Build> {
  rmSync(outDir, { recursive: true, force: true });
  log(`${what} …`);
  const m = await measure(process.execPath, [ASTRO, 'build', ...args], { cwd: PROJECT, env: childEnv({ ...env, OUT_DIR: outDir }) });
  // Kept beside the output, so that its phases and route times can be read again.
  writeFileAtomic(`${outDir}.log`, m.output);
  if (m.code !== 0) fail(what, m);
  log(`${what}: ${seconds(m.ms)} (CPU ${seconds(m.cpuMs)}), peak ${Math.round(m.peakMiB)} MiB`);
  return { step: step(m), log: parseBuildLog(m.output) };
}

/** Cold, warm and (later) changed builds of one Astro engine, with the phases Astro printed. */
async function astroEngine(name: string, args: string[], env: Record<string, string>, out: string, engine: SizeResult['baseline']): Promise<BuildLog> {
  const cold = await astroBuild(`${name}: cold build`, args, env, join(out, `${name}-cold`));
  engine.cold = cold.step;
  engine.output = countByExtension(join(out, `${name}-cold`));
  engine.tree = countTree(join(out, `${name}-cold`));
  const warm = await astroBuild(`${name}: warm build`, args, env, join(out, `${name}-warm`));
  engine.warm = warm.step;
  engine.phases = { cold: cold.log.phases, warm: warm.log.phases };
  return cold.log;
}

/** Appends a sentence to the body of one article: the "one article changed" edit. */
function changeArticle(file: string): void {
  appendFileSync(file, '\nA late addition: the benchmark changed this item after the first build.\n');
}

/** Issue 19 §5: this round's features, from the cold and warm logs and the cold output of ours. */
function budgets(cold: BuildLog, warm: BuildLog, outDir: string, pictured: string[], mapped: string[]): Budgets {
  const pictures = new Set(pictured);
  const maps = new Set(mapped);
  const item = (keep: (id: string) => boolean) => (path: string) => {
    const id = articleId(path);
    return id !== undefined && keep(id);
  };
  const page = (path: string) => path.endsWith('.html');
  return {
    images: {
      cold: { files: cold.images.files, encoded: cold.images.encoded, encodeMs: Math.round(cold.images.encodeMs) },
      warm: { files: warm.images.files, encoded: warm.images.encoded, reused: warm.images.reused },
      sourcePictures: pictured.length,
      ...(cold.phases.images !== undefined ? { phaseColdMs: Math.round(cold.phases.images) } : {}),
      ...(warm.phases.images !== undefined ? { phaseWarmMs: Math.round(warm.phases.images) } : {}),
    },
    itemPages: {
      withMap: group(
        cold.routes,
        item((id) => maps.has(id)),
      ),
      withPicture: group(
        cold.routes,
        item((id) => pictures.has(id) && !maps.has(id)),
      ),
      plain: group(
        cold.routes,
        item((id) => !pictures.has(id) && !maps.has(id)),
      ),
    },
    map: mapBudget(outDir),
    fonts: fontBudget(outDir),
    editions: {
      first: group(cold.routes, (p) => page(p) && !p.startsWith('/uk/')),
      second: group(cold.routes, (p) => page(p) && p.startsWith('/uk/')),
      cards: group(cold.routes, (p) => /\.png\/?$/.test(p)),
    },
  };
}

async function runSize(n: number, args: Args): Promise<SizeResult> {
  const work = args.work;
  const corpusRoot = join(work, `corpus-${n}`);
  const out = join(work, `out-${n}`);
  const cache = join(work, `cache-${n}`);
  mkdirSync(out, { recursive: true });
  const loadBefore = loadavg().map(round);

  log(`n=${n}: generating the corpus in ${relative(PROJECT, corpusRoot)}`);
  const corpus = await generateCorpus(corpusRoot, n, DEFAULT_SEED);
  const contentRel = relative(PROJECT, corpus.contentDir);
  const changedFile = join(corpusRoot, corpus.sampleArticle);
  const { pictured, mapped, bytes, ...rest } = corpus;
  const counts = Object.fromEntries(Object.entries(rest).filter(([key]) => !['root', 'contentDir', 'sampleArticle'].includes(key))) as Omit<
    typeof rest,
    'root' | 'contentDir' | 'sampleArticle'
  >;

  const result: SizeResult = {
    n,
    corpus: { ...counts, mebibytes: round(bytes / 1024 / 1024), changedFile: relative(PROJECT, changedFile) },
    ours: {},
    baseline: {},
    og: {},
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
  // Node's compile cache of the check's own modules (src/cli/check.ts) goes too: a CI that
  // lost its caches starts without it.
  clear([checkCaches, join(PROJECT, 'node_modules', '.cache', 'node-compile')]);
  result.ours.check = await runCheck('check, cold');
  result.ours.checkWarm = await runCheck('check, warm');

  // ours: cold, warm, pagefind
  const oursCache = join(cache, 'ours');
  const oursEnv = { CONTENT_DIR: contentRel, BENCH_CACHE_DIR: oursCache, BENCH_PAGEFIND: '0' };
  // Astro resolves --config against the project root.
  const oursArgs = ['--config', 'bench/ours.config.mjs'];
  clear(ourCaches(oursCache));
  const oursCold = await astroBuild('ours: cold build', oursArgs, oursEnv, join(out, 'ours-cold'));
  result.ours.cold = oursCold.step;
  result.ours.output = countByExtension(join(out, 'ours-cold'));
  result.ours.tree = countTree(join(out, 'ours-cold'));
  const oursWarm = await astroBuild('ours: warm build', oursArgs, oursEnv, join(out, 'ours-warm'));
  result.ours.warm = oursWarm.step;
  result.ours.phases = { cold: oursCold.log.phases, warm: oursWarm.log.phases };
  result.ours.warmIdenticalToCold = compareDirs(join(out, 'ours-cold'), join(out, 'ours-warm'));
  result.ours.caches = Object.fromEntries(
    ourCaches(oursCache)
      .filter(existsSync)
      .map((p) => [relative(PROJECT, p), dirBytes(p)]),
  );
  result.budgets = budgets(oursCold.log, oursWarm.log, join(out, 'ours-cold'), pictured, mapped);
  log('pagefind …');
  const pagefind = await measure(process.execPath, [PAGEFIND, '--site', join(out, 'ours-cold')], { cwd: PROJECT, env: childEnv({}) });
  if (pagefind.code !== 0) fail('pagefind', pagefind);
  result.ours.pagefind = step(pagefind);
  log(`pagefind: ${seconds(pagefind.ms)}`);

  // plain Astro and Astro + og-canvas: cold, warm (each with a cacheDir of its own)
  const peers = [
    { name: 'baseline', skip: args.skipBaseline && '--skip-baseline', engine: result.baseline },
    {
      name: 'og',
      skip: (args.skipOg && '--skip-og') || (!existsSync(join(PROJECT, 'node_modules', 'astro-og-canvas')) && 'astro-og-canvas is not installed (npm install)'),
      engine: result.og,
    },
  ] as const;
  const peerRun = (name: string) => ({
    args: ['--root', join(PROJECT, 'bench', name === 'og' ? 'baseline-og' : 'baseline')],
    env: { BASELINE_CONTENT_DIR: corpus.contentDir, BENCH_CACHE_DIR: join(cache, name) },
  });
  for (const peer of peers) {
    if (peer.skip) {
      peer.engine.skipped = peer.skip;
      log(`${peer.name}: SKIPPED, ${peer.skip}`);
      continue;
    }
    const { args: peerArgs, env } = peerRun(peer.name);
    clear([env.BENCH_CACHE_DIR, join(PROJECT, 'bench', peer.name === 'og' ? 'baseline-og' : 'baseline', 'node_modules', '.vite')]);
    await astroEngine(peer.name, peerArgs, env, out, peer.engine);
  }

  // hugo: cold, second run
  const hugo = args.skipHugo ? undefined : hugoVersion();
  const hugoSite = join(work, `hugo-${n}`);
  const hugoRun = async (what: string, outDir: string) => {
    rmSync(outDir, { recursive: true, force: true });
    log(`${what} …`);
    const m = await measure('hugo', ['--quiet', '--source', hugoSite, '--destination', outDir, '--cacheDir', join(cache, 'hugo')], {
      cwd: PROJECT,
      env: childEnv({}),
    });
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
    result.hugo.tree = countTree(join(out, 'hugo-cold'));
    result.hugo.warm = await hugoRun('hugo: second build', join(out, 'hugo-warm'));
  }

  // one article changed: warm builds of each
  changeArticle(changedFile);
  log(`changed ${relative(PROJECT, changedFile)}`);
  const oursChanged = await astroBuild('ours: warm build after 1 change', oursArgs, oursEnv, join(out, 'ours-changed'));
  result.ours.warmAfterChange = oursChanged.step;
  result.ours.phases.warmAfterChange = oursChanged.log.phases;
  for (const peer of peers) {
    if (peer.skip) continue;
    const { args: peerArgs, env } = peerRun(peer.name);
    const changed = await astroBuild(`${peer.name}: warm build after 1 change`, peerArgs, env, join(out, `${peer.name}-changed`));
    peer.engine.warmAfterChange = changed.step;
    if (peer.engine.phases) peer.engine.phases.warmAfterChange = changed.log.phases;
  }
  if (hugo) {
    updateHugoFile(corpus.contentDir, hugoSite, changedFile);
    result.hugo.warmAfterChange = await hugoRun('hugo: build after 1 change', join(out, 'hugo-changed'));
  }

  // The changed build must equal a build of the same content without any cache.
  if (!args.skipVerify) {
    clear(ourCaches(oursCache));
    result.ours.coldAfterChange = (
      await astroBuild('ours: cold build of the changed corpus (verification)', oursArgs, oursEnv, join(out, 'ours-changed-cold'))
    ).step;
    result.ours.changedIdenticalToCold = compareDirs(join(out, 'ours-changed-cold'), join(out, 'ours-changed'));
  }
  result.loadAfter = loadavg().map(round);
  return result;
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
  log(
    `${info.nproc} cores (${info.cpu}), node ${info.node}, astro ${info.astro}${info.gnuTime ? '' : '; /usr/bin/time missing (apt-get install -y time): peak memory from /proc only'}`,
  );
  const started = new Date();
  const runs: Array<SizeResult & { table: TableRow[]; targets: ReturnType<typeof targets> }> = [];
  for (const n of args.sizes) {
    const r = await runSize(n, args);
    runs.push({ ...r, table: rows(r), targets: targets(r) });
    console.log(`\n${formatTable(r)}\n`);
    for (const t of Object.values(targets(r))) console.log(`  ${t.met === null ? '·' : t.met ? '✓' : '✗'} ${t.target}: ${t.value}`);
    for (const line of formatBudgets(r.budgets)) console.log(`  budget: ${line}`);
    console.log(`  load average ${r.loadBefore.join(' ')} before, ${r.loadAfter.join(' ')} after (numbers are noisy when the machine is busy)\n`);
  }
  const report = {
    generated: started.toISOString(),
    command: `node bench/run.ts ${process.argv.slice(2).join(' ')}`.trim(),
    seed: DEFAULT_SEED,
    machine: info,
    notes: [
      'Wall clock of each child process (performance.now around it); CPU = GNU time user + system of the process tree; peak memory is max(GNU time %M of the largest process, summed RSS of the process tree polled every 50 ms).',
      'og = bench/baseline-og: the plain Astro baseline plus one astro-og-canvas card (1200x630 PNG) per article; its card cache lives in its cacheDir and is cleared for the cold build.',
      'budgets: per-route and per-image times are the (+N ms) figures Astro prints for each route and optimised image in the cold (and warm) build of ours.',
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
