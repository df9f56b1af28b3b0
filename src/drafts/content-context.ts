// What the editor commands need to know about content/: the site's time zone, the known
// topic and actor ids, every article id (from file names, so a broken file still
// reserves its id), and the topic and actor entries the importer learns from.
import { discoverFiles } from '../pipeline/discover-files.ts';
import { loadContent } from '../pipeline/load-content-sync.ts';
import type { Entry } from '../pipeline/load-entry.ts';
import { topicsInOrder } from '../site/sort-orders.ts';

export interface ContentContext {
  timezone: string;
  topics: Entry<'topics'>[];
  actors: Entry<'actors'>[];
  known: { topics: string[]; actors: string[]; articles: Map<string, string> };
}

export function readContentContext(root: string, contentDir = 'content'): ContentContext {
  const content = loadContent({ root, contentDir });
  const { files } = discoverFiles(root, contentDir);
  const topics = topicsInOrder(content.topics);
  const ids = (collection: string) => files.filter((f) => f.collection === collection).map((f) => f.id);
  // Topics in menu order first, then any whose file did not validate.
  const topicIds = [...new Set([...topics.map((t) => t.id), ...ids('topics').sort()])];
  return {
    timezone: content.site?.data.timezone ?? 'UTC',
    topics,
    actors: content.actors,
    known: {
      topics: topicIds,
      actors: ids('actors').sort(),
      articles: new Map(files.filter((f) => f.collection === 'articles').map((f) => [f.id, f.file])),
    },
  };
}
