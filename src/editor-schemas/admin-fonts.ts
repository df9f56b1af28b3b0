// Sveltia CMS's bundle names three fonts on a CDN (jsDelivr's copy of Fontsource). The web
// editor must not call a CDN, so the build serves the same fonts from npm (the Fontsource
// packages) under /admin/fonts/ and points the bundle's URLs there. If an upgrade of
// Sveltia changes a URL, the build stops and names it, rather than going back to the CDN.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface AdminFont {
  /** The URL in Sveltia's bundle. */
  cdn: string;
  /** File name under admin/fonts/. */
  file: string;
  /** npm package holding the same file. */
  pkg: string;
}

export const ADMIN_FONTS: AdminFont[] = [
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2',
    pkg: '@fontsource-variable/source-sans-3',
    file: 'source-sans-3-latin-wght-normal.woff2',
  },
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2',
    pkg: '@fontsource/noto-mono',
    file: 'noto-mono-latin-400-normal.woff2',
  },
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2',
    pkg: '@fontsource-variable/material-symbols-outlined',
    file: 'material-symbols-outlined-latin-wght-normal.woff2',
  },
];

const require = createRequire(import.meta.url);

export function fontPath(font: AdminFont): string {
  return join(dirname(require.resolve(`${font.pkg}/package.json`)), 'files', font.file);
}

/** The bundle with each CDN font URL replaced by its copy beside the page (`fonts/…`). */
export function localiseFonts(bundle: string): string {
  let out = bundle;
  for (const font of ADMIN_FONTS) {
    const count = out.split(font.cdn).length - 1;
    if (count === 0) throw new Error(`admin: Sveltia CMS no longer loads ${font.cdn}; update src/editor-schemas/admin-fonts.ts`);
    out = out.replaceAll(font.cdn, `fonts/${font.file}`);
  }
  return out;
}
