// Draws the cards a build will serve on worker threads, ahead of the routes that serve
// them: the og/ routes hand over every card from getStaticPaths(), which Astro calls
// before it renders any page, so the cards are drawn on the other cores while the main
// thread renders HTML. A route asking for a card that no worker has started draws it
// itself; one that a worker is drawing waits for it. Either way the bytes come from the
// same renderer, so output does not depend on who drew what.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { workerCount } from '../pipeline/workers/pool.ts';
import { cacheEnabled } from '../pipeline/cache/result-cache.ts';
import { cardKey, cardPng, isStored, PROJECT_ROOT } from './card-cache.ts';
import type { CardContent } from './card-layout.ts';

/** Below this many missing cards, starting workers costs more than it saves. */
export const MIN_CARDS_FOR_WORKERS = 24;
/** Old-generation heap per worker: a card needs a few MiB. */
const WORKER_HEAP_MB = 192;

const waiting = new Map<string, CardContent>();
const order: string[] = [];
const drawing = new Map<string, Promise<void>>();
let workers = 0;
const stats = { workersStarted: 0, drawnAhead: 0 };

/** How many workers were started and how many cards they drew (for tests and logs). */
export function drawerStats(): Readonly<typeof stats> {
  return { ...stats };
}

function nextKey(): string | undefined {
  for (let key = order.shift(); key !== undefined; key = order.shift()) if (waiting.has(key)) return key;
  return undefined;
}

function startWorker(): void {
  let worker: Worker;
  try {
    worker = new Worker(join(PROJECT_ROOT, 'src', 'social', 'card-worker.ts'), { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
  } catch {
    return; // no worker threads: every card is drawn on demand
  }
  workers++;
  stats.workersStarted++;
  let current: { key: string; done: () => void } | undefined;
  const next = () => {
    const key = nextKey();
    if (key === undefined) {
      current = undefined;
      workers--;
      void worker.terminate();
      return;
    }
    const content = waiting.get(key)!;
    waiting.delete(key);
    let done!: () => void;
    drawing.set(key, new Promise<void>((resolve) => (done = resolve)));
    current = { key, done };
    worker.postMessage({ key, content });
  };
  worker.on('message', (key: string) => {
    if (current?.key === key) {
      stats.drawnAhead++;
      drawing.delete(key);
      current.done();
    }
    next();
  });
  worker.on('error', () => {
    // The card it was drawing, and any left, are drawn on demand by the routes.
    if (current) {
      drawing.delete(current.key);
      current.done();
      current = undefined;
    }
    workers--;
  });
  next();
}

/** Starts drawing the cards that are not in the cache yet. */
export function drawAhead(cards: readonly CardContent[]): void {
  if (!cacheEnabled()) return;
  const missing = cards.map((content) => ({ content, key: cardKey(content) })).filter(({ key }) => !isStored(key));
  if (missing.length < MIN_CARDS_FOR_WORKERS) return;
  for (const { content, key } of missing) {
    if (waiting.has(key) || drawing.has(key)) continue;
    waiting.set(key, content);
    order.push(key);
  }
  const count = Math.min(workerCount(), Math.ceil(waiting.size / MIN_CARDS_FOR_WORKERS));
  while (workers < count) {
    const before = workers;
    startWorker();
    if (workers === before) break;
  }
}

/** The card as PNG bytes, drawn here unless a worker has it under way or done. */
export async function card(content: CardContent, onMissingGlyphs?: (text: string) => void): Promise<Uint8Array<ArrayBuffer>> {
  const key = cardKey(content);
  waiting.delete(key);
  await drawing.get(key);
  return cardPng(content, onMissingGlyphs, key);
}
