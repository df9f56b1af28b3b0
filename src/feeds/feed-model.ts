// One feed, whatever the format: the RSS, Atom and JSON Feed writers all render this.
// Dates are ISO strings as editors wrote them; the writers format them per spec.

export interface FeedItem {
  /** Stable, globally unique id; for articles their absolute URL. */
  id: string;
  /** Absolute URL of the page the item is about. */
  url: string;
  title: string;
  /** BCP 47 tag of the item's text when it differs from the feed's (an untranslated item). */
  language?: string;
  /** Plain-text summary. */
  summary: string;
  /** Full content as HTML with absolute links (optional: corrections have none). */
  html?: string;
  published: string;
  updated?: string;
  /** Topic titles, for `<category>` / tags. */
  categories: string[];
}

export interface Feed {
  title: string;
  description: string;
  /** BCP 47 tag such as `en`. */
  language: string;
  /** Absolute URL of the HTML page this feed follows. */
  homeUrl: string;
  /** Absolute URLs of this feed in each format (for self links and JSON Feed's feed_url). */
  selfUrls: { rss: string; atom: string; json: string };
  author: { name: string; email: string };
  /** Newest item date, or the fallback for an empty feed: never the build time. */
  updated: string;
  /** Newest first, ties by id. */
  items: FeedItem[];
}

export type FeedFormat = keyof Feed['selfUrls'];
