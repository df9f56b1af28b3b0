// Worker thread: renders cards sent by card-pool.ts and sends back the PNG bytes and any
// text no bundled font could draw.
import { parentPort } from 'node:worker_threads';
import type { CardContent } from './card-layout.ts';
import { renderCardPng } from './render-card.ts';

parentPort!.on('message', async ({ id, content }: { id: number; content: CardContent }) => {
  const missing: string[] = [];
  try {
    const png = await renderCardPng(content, { onMissingGlyphs: (text) => missing.push(text) });
    parentPort!.postMessage({ id, png, missing }, [png.buffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message });
  }
});
