// Serves the web editor's code from node_modules: `astro build` writes Sveltia CMS's
// self-contained script, and the fonts it uses, next to public/admin/index.html in the
// output; `astro dev` answers the same URLs. Nothing is committed and no CDN is asked
// (admin-fonts.ts points the bundle's font URLs at the copies).
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ADMIN_FONTS, fontPath, localiseFonts } from './admin-fonts.ts';
import { ADMIN_SCRIPT } from './admin-page.ts';

/** dist/sveltia-cms.js of the installed @sveltia/cms (its exports name only the npm entry). */
export function sveltiaBundlePath(): string {
  return fileURLToPath(new URL('../dist/sveltia-cms.js', import.meta.resolve('@sveltia/cms')));
}

/** The script as served: the bundle with local font URLs, without its source-map comment. */
export function adminScript(): string {
  return localiseFonts(readFileSync(sveltiaBundlePath(), 'utf8')).replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
}

/** Files below admin/ the build adds, path → absolute source or text. */
function adminFiles(): Map<string, { text: string } | { from: string }> {
  const files = new Map<string, { text: string } | { from: string }>([[ADMIN_SCRIPT, { text: adminScript() }]]);
  for (const font of ADMIN_FONTS) files.set(`fonts/${font.file}`, { from: fontPath(font) });
  return files;
}

export function adminEditor(): AstroIntegration {
  return {
    name: 'briefing-admin-editor',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = new URL(request.url ?? '/', 'http://localhost').pathname;
          // The dev server does not map a folder of public/ to its index.html, as hosts do.
          if (path.endsWith('/admin/')) request.url = `${path}index.html`;
          const inside = /\/admin\/(.+)$/.exec(path)?.[1];
          const file = inside ? adminFiles().get(inside) : undefined;
          if (!file) return next();
          response.setHeader('Content-Type', inside!.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'font/woff2');
          response.end('text' in file ? file.text : readFileSync(file.from));
        });
      },
      'astro:build:done': async ({ dir }) => {
        for (const [path, file] of adminFiles()) {
          const target = new URL(`admin/${path}`, dir);
          await mkdir(new URL('.', target), { recursive: true });
          if ('text' in file) await writeFile(target, file.text);
          else await copyFile(file.from, target);
        }
      },
    },
  };
}
