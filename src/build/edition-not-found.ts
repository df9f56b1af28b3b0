// Astro names only the root 404 page `404.html`; a translated edition's comes out as
// `uk/404/index.html`. Hosts with per-folder not-found pages (Netlify, Cloudflare Pages)
// look for `uk/404.html`, so it is moved there before anything else reads the output.
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function editionNotFoundPages(languages: () => string[]): AstroIntegration {
  return {
    name: 'briefing-edition-not-found',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const language of languages()) {
          const built = join(root, language, '404', 'index.html');
          if (!existsSync(built)) continue;
          renameSync(built, join(root, language, '404.html'));
          rmdirSync(join(root, language, '404'));
        }
      },
    },
  };
}
