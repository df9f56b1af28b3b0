// Cards cost about 50 ms of CPU each (layout in satori, rasterising in resvg), and Astro
// renders routes on one thread: with thousands of items that is minutes. Cards are kept
// on disk by a digest of what they show (so unchanged cards are never drawn again) and
// drawn in worker threads across the cores; Astro's build.concurrency keeps several in
// flight.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardContent } from './card-layout.ts';
import { renderCardPng } from './render-card.ts';

// Routes are bundled by Vite, so module-relative paths point into build chunks: the
// sources are found from the project root, where astro build runs.
const ROOT = process.cwd();
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'briefing-cards');
const WORKER = join(ROOT, 'src', 'social', 'card-worker.ts');

let version: string | undefined;

/** Changes whenever the card design, the fonts or the renderers change. */
function rendererVersion(): string {
  if (version) return version;
  const hash = createHash('sha256');
  for (const file of ['src/social/card-layout.ts', 'src/social/render-card.ts', 'package-lock.json']) {
    try {
      hash.update(readFileSync(join(ROOT, file)));
    } catch {
      hash.update(file);
    }
  }
  version = hash.digest('hex').slice(0, 12);
  return version;
}

interface Rendered {
  png: Uint8Array;
  missing: string[];
}

type Pending = { resolve: (r: Rendered) => void; reject: (e: Error) => void };

class Pool {
  #workers: Array<{ worker: Worker; busy: number }> = [];
  #pending = new Map<number, Pending>();
  #next = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(WORKER);
      worker.unref();
      const slot = { worker, busy: 0 };
      worker.on('message', (message: { id: number; png?: Uint8Array; missing?: string[]; error?: string }) => {
        const job = this.#pending.get(message.id);
        this.#pending.delete(message.id);
        if (--slot.busy === 0) worker.unref();
        if (!job) return;
        if (message.png) job.resolve({ png: new Uint8Array(message.png), missing: message.missing ?? [] });
        else job.reject(new Error(message.error ?? 'card rendering failed'));
      });
      worker.on('error', (error) => {
        for (const job of this.#pending.values()) job.reject(error);
        this.#pending.clear();
      });
      this.#workers.push(slot);
    }
  }

  render(content: CardContent): Promise<Rendered> {
    const slot = this.#workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.#next++;
    return new Promise<Rendered>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      if (slot.busy++ === 0) slot.worker.ref();
      slot.worker.postMessage({ id, content });
    });
  }
}

let pool: Pool | null | undefined;

/**
 * Each worker holds its own copy of the layout engine and fonts (hundreds of MiB), so the
 * default is one worker beside the main thread; BRIEFING_CARD_WORKERS sets the number
 * (0: draw on the main thread).
 */
function cardWorkers(): number {
  const configured = Number(process.env.BRIEFING_CARD_WORKERS);
  if (process.env.BRIEFING_CARD_WORKERS !== undefined && Number.isInteger(configured) && configured >= 0) return configured;
  return availableParallelism() > 1 ? 1 : 0;
}

function getPool(): Pool | null {
  if (pool !== undefined) return pool;
  try {
    const size = cardWorkers();
    pool = existsSync(WORKER) && size > 0 ? new Pool(size) : null;
  } catch {
    pool = null;
  }
  return pool;
}

async function draw(content: CardContent): Promise<Rendered> {
  const workers = getPool();
  if (workers) {
    try {
      return await workers.render(content);
    } catch {
      // A worker that fails leaves the card to the main thread.
    }
  }
  const missing: string[] = [];
  const png = await renderCardPng(content, { onMissingGlyphs: (text) => missing.push(text) });
  return { png, missing };
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
  const { png, missing } = await draw(content);
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
  return new Uint8Array(png);
}
