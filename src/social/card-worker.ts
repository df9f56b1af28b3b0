// Worker thread: draws the cards it is sent into the card cache and says which are done.
import { parentPort } from 'node:worker_threads';
import { drawAndStore } from './card-cache.ts';
import type { CardContent } from './card-layout.ts';

parentPort!.on('message', async ({ key, content }: { key: string; content: CardContent }) => {
  await drawAndStore(content, key);
  parentPort!.postMessage(key);
});
