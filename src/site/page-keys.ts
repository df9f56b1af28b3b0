// Cache keys for Astro's incremental build (experimental.incrementalBuild): a page whose
// key and code are unchanged since the last build is copied, not rendered again.
// A key must change whenever anything the page shows changes, so it is a digest of the
// data the page is a function of, never a guess about which fields it reads:
// - every page of the briefing may show any item's metadata (titles, dates, topics,
//   actors, claims in lists, related items, the ledger) and the actor and topic
//   profiles, so all of that goes into one briefing digest;
// - an article page also shows its own body, so its key adds that article's HTML.
// Only article and translation bodies, and the fields the loader derives from them, are
// left out of the briefing digest: no page but the article's own shows them (feeds do,
// and their key is their whole model: src/feeds/astro-feeds.ts). Each edition's briefing
// has its own digest (its edition, its localised entries), and every digest covers every
// translation, since every page's alternates depend on which pages are translated. tests/determinism/incremental-build.test.ts builds
// after a body-only edit and compares with a build made without caches.
import { createHash } from 'node:crypto';

interface Entry {
  id: string;
  data: unknown;
  rendered?: { html: string; metadata?: unknown } | undefined;
}

export interface KeyedBriefing {
  site: unknown;
  articles: readonly Entry[];
  actors: readonly Entry[];
  topics: readonly Entry[];
  /** Editor-written pages: every footer lists them, every badge links the methodology. */
  pages?: readonly Entry[];
  /** Day notes: the day pages and the home page's takeaways show them. */
  dayNotes?: readonly Entry[];
  /** Editorial workflow: withdrawn items, the desk, status updates, and the preview switch. */
  withdrawn?: readonly Entry[];
  authors?: readonly Entry[];
  updates?: readonly Entry[];
  preview?: boolean;
  /**
   * Every translation of every edition: which pages each edition has decides every page's
   * hreflang alternates and language switcher, in the original edition too.
   */
  translations?: readonly Entry[];
  /** The edition the briefing is in, and what its translations' state is (dates, staleness). */
  ui?: { edition: unknown };
  translated?: ReadonlyMap<string, unknown>;
  /** The days with news as decided at the build's time (which days have pages, their neighbours). */
  dayPages?: readonly unknown[];
}

/** Fields the loader derives from an article's body (src/loader/build-content.ts). */
const BODY_FIELDS = new Set(['wordCount', 'readingMinutes']);

function withoutBody(data: unknown): unknown {
  if (!data || typeof data !== 'object') return data;
  return Object.fromEntries(Object.entries(data).filter(([key]) => !BODY_FIELDS.has(key)));
}

const briefingDigests = new WeakMap<object, string>();

/** Digest of everything but article bodies: computed once per briefing. */
export function briefingDigest(briefing: KeyedBriefing): string {
  const known = briefingDigests.get(briefing);
  if (known) return known;
  const hash = createHash('sha256');
  const add = (value: unknown) => hash.update(JSON.stringify(value) ?? 'undefined').update('\0');
  add(briefing.site);
  for (const article of briefing.articles) add([article.id, withoutBody(article.data)]);
  for (const entry of [...briefing.actors, ...briefing.topics, ...(briefing.pages ?? [])]) add([entry.id, entry.data, entry.rendered ?? null]);
  for (const entry of briefing.dayNotes ?? []) add(['day', entry.id, entry.data, entry.rendered ?? null]);
  for (const entry of [...(briefing.withdrawn ?? []), ...(briefing.updates ?? [])]) add([entry.id, withoutBody(entry.data)]);
  for (const entry of briefing.authors ?? []) add([entry.id, entry.data, entry.rendered ?? null]);
  // A translation's body shows only on its own page (that page's key adds it, as an item's).
  for (const entry of briefing.translations ?? []) add(['translation', entry.id, withoutBody(entry.data)]);
  add(briefing.ui?.edition ?? null);
  add([...(briefing.translated ?? [])]);
  add(briefing.dayPages ?? []);
  add(briefing.preview ?? false);
  const digest = hash.digest('hex').slice(0, 32);
  briefingDigests.set(briefing, digest);
  return digest;
}

/** Key of a page that shows the briefing and, for article pages, one article's body. */
export function pageKey(briefing: KeyedBriefing, own?: Entry): string {
  if (!own) return briefingDigest(briefing);
  const hash = createHash('sha256').update(briefingDigest(briefing)).update('\0').update(own.id).update('\0');
  hash.update(JSON.stringify([own.data, own.rendered ?? null]));
  return hash.digest('hex').slice(0, 32);
}

/** Key of a generated file that is a pure function of `content` (a social card). */
export function contentKey(content: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(content) ?? 'undefined')
    .digest('hex')
    .slice(0, 32);
}
