// Reads what `astro build` prints: the phases it times itself, the time of every route
// (`├─ /path (+12ms)`), and every optimised image (`▶ /_astro/x.avif … (+109ms)`, or
// `(reused cache entry)` when the encoded file came from the cache). That gives per-phase
// and per-page figures at no extra cost: no second build, no profiler.

export interface BuildPhases {
  /** `[types] Generated …`: content sync and types. */
  types?: number;
  /** `Collecting build info … ✓ Completed in …`: config, content layer, route list. */
  collect?: number;
  /** Sum of `[vite] ✓ built in …`: bundling. */
  bundle?: number;
  /** `generating static routes … ✓ Completed in …`: rendering every page and endpoint. */
  routes?: number;
  /** `generating optimized images … ✓ Completed in …`. */
  images?: number;
  /** `N page(s) built in …`: Astro's own total. */
  total?: number;
}

export interface ImageLog {
  /** Image files written in this build, and how many were encoded rather than taken from the cache. */
  files: number;
  encoded: number;
  reused: number;
  /** Sum of the `(+Nms)` of the encoded ones. */
  encodeMs: number;
}

export interface BuildLog {
  phases: BuildPhases;
  /** Route path → ms Astro printed for it. */
  routes: Map<string, number>;
  images: ImageLog;
}

const ANSI = /\u001b\[[0-9;]*m/g;

// Astro's durations: `812ms`, `3.21s`, or `1m 36s` past a minute (getTimeStat in astro/dist/core/build/util.js).
const DURATION = String.raw`((?:\d+m )?[\d.]+)(ms|s)`;

function ms(value: string, unit: string): number {
  const [minutes, rest] = value.includes('m ') ? value.split('m ') : ['0', value];
  return Number(minutes) * 60_000 + (unit === 's' ? Number(rest) * 1000 : Number(rest));
}

export function parseBuildLog(output: string): BuildLog {
  const phases: BuildPhases = {};
  const routes = new Map<string, number>();
  const images: ImageLog = { files: 0, encoded: 0, reused: 0, encodeMs: 0 };
  let section: 'collect' | 'routes' | 'images' | undefined;
  for (const raw of output.split('\n')) {
    const line = raw.replace(ANSI, '');
    const completed = new RegExp(`✓ Completed in ${DURATION}`).exec(line);
    if (line.includes('Collecting build info')) section = 'collect';
    else if (line.includes('generating static routes')) section = 'routes';
    else if (line.includes('generating optimized images')) section = 'images';
    else if (completed && section) {
      phases[section] = ms(completed[1]!, completed[2]!);
      section = undefined;
    }
    const types = new RegExp(`\\[types\\] Generated ${DURATION}`).exec(line);
    if (types) phases.types = ms(types[1]!, types[2]!);
    const vite = new RegExp(`\\[vite\\] ✓ built in ${DURATION}`).exec(line);
    if (vite) phases.bundle = (phases.bundle ?? 0) + ms(vite[1]!, vite[2]!);
    const total = new RegExp(`\\d+ page\\(s\\) built in ${DURATION}`).exec(line);
    if (total) phases.total = ms(total[1]!, total[2]!);
    const route = /[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/.exec(line);
    if (route) routes.set(route[1]!, ms(route[2]!, route[3]!));
    if (line.includes('▶ ')) {
      images.files++;
      const took = /\(\+([\d.]+)(ms|s)\)/.exec(line);
      if (line.includes('reused cache entry') || !took) images.reused++;
      else {
        images.encoded++;
        images.encodeMs += ms(took[1]!, took[2]!);
      }
    }
  }
  return { phases, routes, images };
}

export interface RouteGroup {
  pages: number;
  ms: number;
  /** Mean ms per page. */
  mean: number;
}

export function group(routes: Map<string, number>, keep: (path: string) => boolean): RouteGroup {
  let pages = 0;
  let total = 0;
  for (const [path, time] of routes) {
    if (!keep(path)) continue;
    pages++;
    total += time;
  }
  return { pages, ms: Math.round(total), mean: pages ? Math.round((total / pages) * 10) / 10 : 0 };
}

/** `/articles/<id>/index.html` → id, for items of the first edition. */
export function articleId(path: string): string | undefined {
  return /^\/articles\/([^/]+)\/index\.html$/.exec(path)?.[1];
}
