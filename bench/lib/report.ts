// The benchmark's report: result types, the one table (a row per engine, a column per
// measure), the ratios to the goals of issue 19, and the budgets of this round's features.
// (Over 150 lines: the result types and the code that formats them change together.)
import type { BuildPhases, RouteGroup } from './build-log.ts';
import type { DirComparison } from './compare-dirs.ts';
import type { FontBudget, MapBudget, TreeCount } from './output-stats.ts';

export interface Step {
  ms: number;
  /** User + system CPU of the process tree (GNU time), steadier than wall time under load. */
  cpuMs?: number;
  peakMiB: number;
  maxProcessMiB?: number;
  treeMiB: number;
}

export interface EngineResult {
  cold?: Step;
  warm?: Step;
  warmAfterChange?: Step;
  /** File counts of the cold output by extension. */
  output?: Record<string, number>;
  /** Files, folders and bytes of the cold output. */
  tree?: TreeCount;
  /** Phases Astro timed itself, per build. */
  phases?: { cold?: BuildPhases; warm?: BuildPhases; warmAfterChange?: BuildPhases };
  version?: string;
  skipped?: string;
}

export interface OursResult extends EngineResult {
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

/** Issue 19 §5: what this round's features cost, measured in the same run. */
export interface Budgets {
  /** Astro's optimised images: encoded in the cold build, and in the warm one (0 when the cache works). */
  images: {
    cold: { files: number; encoded: number; encodeMs: number };
    warm: { files: number; encoded: number; reused: number };
    sourcePictures: number;
    phaseColdMs?: number;
    phaseWarmMs?: number;
  };
  /** Item pages with a map, with a picture, and the rest: Astro's ms per page in the cold build. */
  itemPages: { withMap: RouteGroup; withPicture: RouteGroup; plain: RouteGroup };
  map: MapBudget;
  fonts: FontBudget;
  /** Pages of the second edition (/uk/) against the first, cold build, ms per page. */
  editions: { first: RouteGroup; second: RouteGroup; cards: RouteGroup };
}

export interface SizeResult {
  n: number;
  corpus: Record<string, unknown> & { articles: number; changedFile: string };
  ours: OursResult;
  baseline: EngineResult;
  og: EngineResult;
  hugo: EngineResult;
  budgets?: Budgets;
  loadBefore: number[];
  loadAfter: number[];
}

// ---------------------------------------------------------------------------------------

export function seconds(ms: number | undefined): string {
  return ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`;
}

function ratio(a: number | undefined, b: number | undefined): string {
  return a === undefined || b === undefined || b === 0 ? '—' : `${(a / b).toFixed(2)}×`;
}

function mib(x: number | undefined): string {
  return x === undefined ? '—' : `${Math.round(x)} MiB`;
}

export function identical(c: DirComparison | undefined): string {
  if (!c) return 'not checked';
  return c.identical ? `yes (${c.files} files)` : `NO: ${c.differenceCount} differ`;
}

function peak(e: EngineResult, extra?: Step): number | undefined {
  return Math.max(e.cold?.peakMiB ?? 0, e.warm?.peakMiB ?? 0, e.warmAfterChange?.peakMiB ?? 0, extra?.peakMiB ?? 0) || undefined;
}

export const COLUMNS = ['engine', 'cold', 'cold CPU', 'warm', '1 change', 'check cold / warm', 'Pagefind', 'peak memory', 'files / folders'] as const;
export type TableRow = Record<(typeof COLUMNS)[number], string>;

function engineRow(name: string, e: EngineResult, extraPeak?: Step): TableRow {
  if (e.skipped)
    return {
      engine: name,
      cold: `skipped: ${e.skipped}`,
      'cold CPU': '',
      warm: '',
      '1 change': '',
      'check cold / warm': '',
      Pagefind: '',
      'peak memory': '',
      'files / folders': '',
    };
  return {
    engine: name,
    cold: seconds(e.cold?.ms),
    'cold CPU': seconds(e.cold?.cpuMs),
    warm: seconds(e.warm?.ms),
    '1 change': seconds(e.warmAfterChange?.ms),
    'check cold / warm': '—',
    Pagefind: '—',
    'peak memory': mib(peak(e, extraPeak)),
    'files / folders': e.tree ? `${e.tree.files} / ${e.tree.folders}` : '—',
  };
}

export function rows(r: SizeResult): TableRow[] {
  const ours = engineRow('ours', r.ours, r.ours.coldAfterChange);
  ours['check cold / warm'] = `${seconds(r.ours.check?.ms)} / ${seconds(r.ours.checkWarm?.ms)}`;
  ours.Pagefind = seconds(r.ours.pagefind?.ms);
  return [ours, engineRow('plain Astro', r.baseline), engineRow('Astro + og-canvas', r.og), engineRow('Hugo', r.hugo)];
}

export function formatTable(r: SizeResult): string {
  const header = Object.fromEntries(COLUMNS.map((c) => [c, c])) as TableRow;
  header.engine = `n=${r.n}`;
  const all = [header, ...rows(r)];
  const width = Object.fromEntries(COLUMNS.map((k) => [k, Math.max(...all.map((row) => row[k].length))])) as Record<(typeof COLUMNS)[number], number>;
  const line = (row: TableRow) => `| ${COLUMNS.map((k) => row[k].padEnd(width[k])).join(' | ')} |`;
  const rule = `| ${COLUMNS.map((k) => '-'.repeat(width[k])).join(' | ')} |`;
  return [line(header), rule, ...all.slice(1).map(line)].join('\n');
}

export interface Target {
  target: string;
  value: string;
  met: boolean | null;
}

/** The goals of issue 19 §4 and the cache's promise. */
export function targets(r: SizeResult): Record<string, Target> {
  const cold = r.ours.cold?.ms;
  const check = r.ours.check?.ms;
  const oursPeak = peak(r.ours, r.ours.coldAfterChange);
  const basePeak = peak(r.baseline);
  const within = (a: number | undefined, b: number | undefined, factor: number) => (a !== undefined && b !== undefined ? a <= factor * b : null);
  return {
    coldVsBaseline: { target: 'cold build ≤ 2× plain Astro', value: ratio(cold, r.baseline.cold?.ms), met: within(cold, r.baseline.cold?.ms, 2) },
    coldVsOg: { target: 'cold build ≤ 1× Astro + og-canvas', value: ratio(cold, r.og.cold?.ms), met: within(cold, r.og.cold?.ms, 1) },
    changeVsBaseline: {
      target: 'one change ≤ 1× plain Astro one change',
      value: ratio(r.ours.warmAfterChange?.ms, r.baseline.warmAfterChange?.ms),
      met: within(r.ours.warmAfterChange?.ms, r.baseline.warmAfterChange?.ms, 1),
    },
    memory: { target: 'peak memory ≤ plain Astro', value: `${mib(oursPeak)} vs ${mib(basePeak)}`, met: within(oursPeak, basePeak, 1) },
    check: {
      target: 'check cold ≤ 1 s per 1000 items, warm ≤ 1 s',
      value: `${seconds(check)} / ${seconds(r.ours.checkWarm?.ms)}`,
      met: check !== undefined && r.ours.checkWarm ? check <= r.n && r.ours.checkWarm.ms <= 1000 : null,
    },
    identical: {
      target: 'output of cached builds identical to a build without caches',
      value: `${identical(r.ours.warmIdenticalToCold)}; ${identical(r.ours.changedIdenticalToCold)}`,
      met: r.ours.warmIdenticalToCold ? r.ours.warmIdenticalToCold.identical && (r.ours.changedIdenticalToCold?.identical ?? true) : null,
    },
  };
}

/** Budgets as lines for the console and the README. */
export function formatBudgets(b: Budgets | undefined): string[] {
  if (!b) return [];
  const kb = (x: number) => `${Math.round(x / 1024)} KB`;
  const i = b.images;
  return [
    `images: ${i.sourcePictures} pictures → cold build encoded ${i.cold.encoded} files in ${seconds(i.cold.encodeMs)} (phase ${seconds(i.phaseColdMs)}); warm build encoded ${i.warm.encoded} of ${i.warm.files} (${i.warm.reused} from the cache, phase ${seconds(i.phaseWarmMs)})`,
    `item pages, ms each (cold): plain ${b.itemPages.plain.mean} (${b.itemPages.plain.pages}), with a map ${b.itemPages.withMap.mean} (${b.itemPages.withMap.pages}), with a picture ${b.itemPages.withPicture.mean} (${b.itemPages.withPicture.pages})`,
    `map: on ${b.map.pages} pages, ${kb(b.map.svgBytesMean)} of inline SVG each`,
    `fonts: ${b.fonts.preloadedMean} preloaded per page (max ${b.fonts.preloadedMax}, ${kb(b.fonts.preloadedBytesMean)}); ${b.fonts.declared} font files declared in CSS (${kb(b.fonts.declaredBytes)})`,
    `editions (cold, ms per route): first ${b.editions.first.mean} × ${b.editions.first.pages}, second (/uk/) ${b.editions.second.mean} × ${b.editions.second.pages} (${seconds(b.editions.second.ms)} in all); cards ${b.editions.cards.mean} × ${b.editions.cards.pages}`,
  ];
}
