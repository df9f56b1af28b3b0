// Draws the cards a build will serve ahead of the routes that serve them: the og/ routes
// hand over every card from getStaticPaths(), which Astro calls before it renders any
// page. takumi renders on libuv's thread pool, so a few cards in flight keep the other
// core busy while the main thread renders HTML, without worker threads that would each
// hold a copy of the fonts and the renderer (measured: ~430 MiB of the peak with four
// workers). A route asking for a card not yet started draws it itself; one in flight is
// awaited. Either way the bytes come from the same renderer.
import { availableParallelism } from 'node:os';
import { cacheEnabled } from '../pipeline/cache/result-cache.ts';
import { cardKey, cardPng, drawAndStore, isStored } from './card-cache.ts';
import type { CardContent } from './card-layout.ts';

/** Cards drawn at once: one per core keeps the pool busy without queueing behind it. */
const IN_FLIGHT = Math.max(1, availableParallelism());

const waiting = new Map<string, CardContent>();
const order: string[] = [];
const drawing = new Map<string, Promise<void>>();
let running = 0;
const stats = { drawnAhead: 0 };

/** How many cards were drawn ahead of their routes (for tests and logs). */
export function drawerStats(): Readonly<typeof stats> {
  return { ...stats };
}

function nextKey(): string | undefined {
  for (let key = order.shift(); key !== undefined; key = order.shift()) if (waiting.has(key)) return key;
  return undefined;
}

function pump(): void {
  while (running < IN_FLIGHT) {
    const key = nextKey();
    if (key === undefined) return;
    const content = waiting.get(key)!;
    waiting.delete(key);
    running++;
    const done = drawAndStore(content, key).then(
      () => void stats.drawnAhead++,
      () => undefined, // the route draws it again and reports what went wrong
    );
    drawing.set(
      key,
      done.finally(() => {
        drawing.delete(key);
        running--;
        pump();
      }),
    );
  }
}

/** Starts drawing the cards that are not in the cache yet. */
export function drawAhead(cards: readonly CardContent[]): void {
  if (!cacheEnabled()) return;
  for (const content of cards) {
    const key = cardKey(content);
    if (waiting.has(key) || drawing.has(key) || isStored(key)) continue;
    waiting.set(key, content);
    order.push(key);
  }
  pump();
}

/** The card as PNG bytes, drawn here unless it is under way or done. */
export async function card(content: CardContent, onMissingGlyphs?: (text: string) => void): Promise<Uint8Array<ArrayBuffer>> {
  const key = cardKey(content);
  waiting.delete(key);
  await drawing.get(key);
  return cardPng(content, onMissingGlyphs, key);
}
