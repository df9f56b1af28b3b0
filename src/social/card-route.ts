// What the og/ routes share: their static paths (one card per entry, keyed by what the
// card shows so an unchanged card is copied by the incremental build, and drawn ahead
// on worker threads in a build) and the endpoint that serves a card as PNG.
import type { APIRoute } from 'astro';
import { contentKey } from '../site/page-keys.ts';
import { card, drawAhead } from './card-drawer.ts';
import type { CardContent } from './card-layout.ts';
import { warnMissing } from './render-card.ts';

/** `params` adds route parameters every card of this call shares (`{ lang: 'uk' }`). */
export function cardPaths<T extends { id: string }>(entries: readonly T[], cardOf: (entry: T) => CardContent, params: Record<string, string> = {}) {
  const paths = entries.map((entry) => {
    const content = cardOf(entry);
    return { params: { ...params, id: entry.id }, props: { card: content }, cacheKey: contentKey(content) };
  });
  // `astro dev` draws only the cards that are asked for.
  if (!import.meta.env.DEV) drawAhead(paths.map((path) => path.props.card));
  return paths;
}

export const serveCard: APIRoute<{ card: CardContent }, { id: string; lang?: string }> = async ({ props, params }) => {
  const png = await card(props.card, warnMissing(params.lang ? `${params.lang}/${params.id}` : params.id));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
