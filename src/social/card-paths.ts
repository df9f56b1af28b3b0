// Where the cards are served and what pages put in their Open Graph meta.
import { CARD_HEIGHT, CARD_WIDTH } from './card-layout.ts';

export type CardCollection = 'articles' | 'topics';

/**
 * Site path (without base) of an entry's card, e.g. `/og/articles/x.png`; with the
 * language of a translated edition, its card in that language, `/og/uk/articles/x.png`.
 */
export function cardPath(collection: CardCollection, id: string, language?: string): string {
  return `/og/${language ? `${language}/` : ''}${collection}/${id}.png`;
}

/** The `ogImage` prop for BaseLayout; `href` adds the base path. */
export function cardImage(collection: CardCollection, id: string, alt: string, href: (path: string) => string, language?: string) {
  return { url: href(cardPath(collection, id, language)), width: CARD_WIDTH, height: CARD_HEIGHT, alt };
}
