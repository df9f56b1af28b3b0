// Cards cost about 15 ms of CPU each (takumi: layout, text, pixels and PNG): with
// thousands of items that is a minute or more per build. Each card is kept on disk
// under a digest of what it shows and of the renderer, so an unchanged card is never
// drawn twice; card-drawer.ts draws the missing ones on worker threads ahead of time.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheEnabled } from '../pipeline/cache/result-cache.ts';
import { writeFileAtomic } from '../pipeline/cache/write-file-atomic.ts';
import type { CardContent } from './card-layout.ts';
import { renderCardPng } from './render-card.ts';

// Routes are bundled by Vite, so module-relative paths point into build chunks: the
// sources are found from the project root, where astro build runs.
export const PROJECT_ROOT = process.cwd();
const CACHE_DIR = join(PROJECT_ROOT, 'node_modules', '.cache', 'briefing-cards');

let version: string | undefined;

/** Changes whenever the card design, the fonts or the renderers change. */
function rendererVersion(): string {
  if (version) return version;
  const hash = createHash('sha256');
  for (const file of ['src/social/card-layout.ts', 'src/social/render-card.ts', 'package-lock.json']) {
    try {
      hash.update(readFileSync(join(PROJECT_ROOT, file)));
    } catch {
      hash.update(file);
    }
  }
  version = hash.digest('hex').slice(0, 12);
  return version;
}

export function cardKey(content: CardContent): string {
  return createHash('sha256').update(rendererVersion()).update(JSON.stringify(content)).digest('hex').slice(0, 32);
}

function files(key: string): { png: string; notes: string } {
  return { png: join(CACHE_DIR, `${key}.png`), notes: join(CACHE_DIR, `${key}.missing.json`) };
}

export function isStored(key: string): boolean {
  return existsSync(files(key).png);
}

function readNotes(file: string): string[] {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as string[];
  } catch {
    return [];
  }
}

/** The stored card and the text it could not draw, if it was drawn before. */
function readStored(key: string): { png: Uint8Array<ArrayBuffer>; missing: string[] } | undefined {
  const { png, notes } = files(key);
  let bytes: Buffer;
  try {
    bytes = readFileSync(png);
  } catch {
    return undefined;
  }
  return { png: new Uint8Array(bytes), missing: readNotes(notes) };
}

/** Draws a card and stores it (best effort: a cache that cannot be written costs speed only). */
export async function drawAndStore(content: CardContent, key = cardKey(content)): Promise<{ png: Uint8Array<ArrayBuffer>; missing: string[] }> {
  const missing: string[] = [];
  const png = await renderCardPng(content, { onMissingGlyphs: (text) => missing.push(text) });
  if (!cacheEnabled()) return { png, missing };
  const { png: file, notes } = files(key);
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    if (missing.length) writeFileSync(notes, JSON.stringify(missing));
    // The PNG last, through a temporary file: its presence means the card is complete.
    writeFileAtomic(file, png);
  } catch {
    // Speed, never correctness.
  }
  return { png, missing };
}

/** The card as PNG bytes: from the cache when the same content was drawn before. */
export async function cardPng(content: CardContent, onMissingGlyphs?: (text: string) => void, key = cardKey(content)): Promise<Uint8Array<ArrayBuffer>> {
  const card = (cacheEnabled() && readStored(key)) || (await drawAndStore(content, key));
  for (const text of card.missing) onMissingGlyphs?.(text);
  return card.png;
}
