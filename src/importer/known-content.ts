// The part of content/ the importer learns from and must not clash with: actors with
// their names, topics with their words, the ids already taken, the site's time zone.
import type { ContentContext } from '../drafts/content-context.ts';
import type { ImportInput } from './import-copy.ts';

export type KnownContent = Pick<ImportInput, 'actors' | 'topics' | 'articles' | 'timezone'>;

export function knownContent(context: ContentContext): KnownContent {
  return {
    actors: context.actors.map((a) => ({ id: a.id, name: a.data.name, aliases: a.data.aliases, affiliation: a.data.affiliation })),
    topics: context.topics.map((t) => ({ id: t.id, ...t.data, body: t.body })),
    articles: context.known.articles,
    timezone: context.timezone,
  };
}
