// Cards cost about 30 ms of CPU each (layout in satori, rasterising in resvg, PNG
// encoding): with thousands of items that is minutes per build. Each card is kept on disk under a digest
// of what it shows and of the renderer, so an unchanged card is never drawn twice.
// (Drawing them in a worker thread was measured: no faster on two cores, three times the
// memory, so they are drawn here.)
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CardContent } from './card-layout.ts';
import { renderCardPng } from './render-card.ts';

// Routes are bundled by Vite, so module-relative paths point into build chunks: the
// sources are found from the project root, where astro build runs.
const ROOT = process.cwd();
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'briefing-cards');

let version: string | undefined;

/** Changes whenever the card design, the fonts or the renderers change. */
function rendererVersion(): string {
  if (version) return version;
  const hash = createHash('sha256');
  for (const file of ['src/social/card-layout.ts', 'src/social/render-card.ts', 'src/social/encode-png.ts', 'package-lock.json']) {
    try {
      hash.update(readFileSync(join(ROOT, file)));
    } catch {
      hash.update(file);
    }
  }
  version = hash.digest('hex').slice(0, 12);
  return version;
}

/** The card as PNG bytes: from the cache when the same content was drawn before. */
export async function cardPng(content: CardContent, onMissingGlyphs?: (text: string) => void): Promise<Uint8Array<ArrayBuffer>> {
  const key = createHash('sha256').update(rendererVersion()).update(JSON.stringify(content)).digest('hex').slice(0, 32);
  const file = join(CACHE_DIR, `${key}.png`);
  const notes = join(CACHE_DIR, `${key}.missing.json`);
  if (process.env.BRIEFING_CACHE !== '0' && existsSync(file)) {
    if (onMissingGlyphs && existsSync(notes)) for (const text of JSON.parse(readFileSync(notes, 'utf8')) as string[]) onMissingGlyphs(text);
    return new Uint8Array(readFileSync(file));
  }
  const missing: string[] = [];
  const png = await renderCardPng(content, { onMissingGlyphs: (text) => missing.push(text) });
  for (const text of missing) onMissingGlyphs?.(text);
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, png);
    renameSync(temporary, file);
    if (missing.length) writeFileSync(notes, JSON.stringify(missing));
  } catch {
    // A cache that cannot be written costs speed, never correctness.
  }
  return png;
}
