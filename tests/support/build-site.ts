// Builds the site with `astro build` into a folder of its own, with the environment a
// test asks for (content folder, base path, site URL). Used by the global setup and by
// tests that need a build of special content (hostile fixtures, broken content).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

const VITE_RESERVED = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

export interface BuildResult {
  outDir: string;
  status: number | null;
  output: string;
}

// Build folders live inside the project: Astro keeps a build's intermediate files beside
// an output folder within the working directory, but in the shared .astro/ otherwise,
// where two builds at once would overwrite each other.
export function buildFolder(): string {
  const parent = join(PROJECT_ROOT, 'node_modules', '.cache', 'briefing-builds');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, 'dist-'));
}

export interface BuildOptions {
  /** Astro's cache folder (data store, incremental-build copies); one per build unless given. */
  cacheDir?: string;
  /** Keep Astro's per-page log lines (which pages were rendered, which copied). */
  verbose?: boolean;
}

/**
 * Runs a shell command as CI would (e.g. the preview job's `npm run build:preview`), with
 * the output folder and cache of a test build; the project's Node comes first on PATH.
 */
export function runBuildCommand(command: string, env: Record<string, string> = {}, outDir = buildFolder()): BuildResult {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITE_RESERVED.has(key)));
  const path = [join(PROJECT_ROOT, 'node_modules', '.bin'), process.env.PATH ?? ''].join(':');
  const result = spawnSync('sh', ['-c', command], {
    cwd: PROJECT_ROOT,
    env: {
      ...inherited,
      SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH ?? '1767225600',
      ...env,
      PATH: path,
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: `${outDir}-astro-cache`,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { outDir, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

export function buildSite(env: Record<string, string> = {}, outDir = buildFolder(), options: BuildOptions = {}): BuildResult {
  const astro = join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  // Vitest puts Vite's own variables (BASE_URL=/, MODE, DEV, PROD, SSR) into process.env;
  // handed on, BASE_URL overrides the build's base path in import.meta.env.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITE_RESERVED.has(key)));
  const result = spawnSync(process.execPath, [astro, 'build', ...(options.verbose ? [] : ['--silent'])], {
    cwd: PROJECT_ROOT,
    env: {
      ...inherited,
      SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH ?? '1767225600',
      ...env,
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: options.cacheDir ?? `${outDir}-astro-cache`,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { outDir, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
