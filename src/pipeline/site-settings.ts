// The one reader of the site settings. The check (through discover-files and
// analyze-file) and astro.config.mjs (for the site URL in canonical links, feeds and the
// sitemap) both read them here, so a settings file the check accepts is the file the
// build uses; no other name is accepted. Plain TypeScript, no Astro import.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFile } from './analyze-file.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { Site } from './schema/index.ts';
import { SETTINGS_FILE } from './settings-file.ts';

export { SETTINGS_FILE } from './settings-file.ts';

export interface LoadedSettings {
  settings?: Site;
  diagnostics: Diagnostic[];
}

/** Reads and validates `<contentDir>/site.yaml` exactly as the check does. */
export function loadSettings(root: string, contentDir = 'content'): LoadedSettings {
  const file = `${contentDir.replace(/\/+$/, '')}/${SETTINGS_FILE}`;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(join(root, file));
  } catch {
    // Reported by the check as missing-file, with the hint of what to put in it.
    return { diagnostics: [] };
  }
  const { record } = analyzeFile({ file, collection: 'site', id: 'site' }, bytes);
  return { ...(record.data ? { settings: record.data as Site } : {}), diagnostics: record.diagnostics };
}

/** Used until the settings are valid: the check fails the build meanwhile. */
export const FALLBACK_SITE_URL = 'https://example.org';

/** The public URL: `SITE_URL` when set (CI), else the settings' `url`. */
export function siteUrl(root: string, contentDir: string | undefined, env: Record<string, string | undefined>): string {
  if (env.SITE_URL) return env.SITE_URL;
  return loadSettings(root, contentDir).settings?.url ?? FALLBACK_SITE_URL;
}
