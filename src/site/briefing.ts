// One edition's briefing as plain data: what load-briefing.ts hands every page, and what
// the page view models (src/site/pages/) take. Typed from the schema's entries, not from
// astro:content, so the view models are tested with plain objects and no build.
import type { LedgerClaim } from './claim-ledger.ts';
import type { DayPage } from './days.ts';
import type { DateFormatter } from './format-date.ts';
import type { TranslationState } from './i18n/localise-briefing.ts';
import type { Ui } from './i18n/ui.ts';
import type {
  ActorEntry,
  ArticleEntry,
  AuthorEntry,
  DayEntry,
  PageEntry,
  SiteSettings,
  TerritoryEntry,
  TopicEntry,
  TranslationEntry,
  UpdateEntry,
} from './types.ts';

/** A body as rendered for the page (the loader's rendered content; `metadata.headings` for translations). */
export interface Rendered {
  rendered?: { html: string; metadata?: Record<string, unknown> } | undefined;
}

export type ArticleItem = ArticleEntry & Rendered;
export type ActorItem = ActorEntry & Rendered;
export type TopicItem = TopicEntry & Rendered;
export type PageItem = PageEntry & Rendered;
export type DayItem = DayEntry;
export type AuthorItem = AuthorEntry & Rendered;
export type UpdateItem = UpdateEntry;
export type TerritoryItem = TerritoryEntry;
export type TranslationItem = TranslationEntry & Rendered;

export interface Briefing {
  site: SiteSettings;
  /** Newest first, withdrawn items left out. In previews drafts and scheduled items are included (see data.visibility). */
  articles: ArticleItem[];
  /** Withdrawn items: their URLs keep a notice page; no list shows them. Newest first. */
  withdrawn: ArticleItem[];
  actors: ActorItem[];
  topics: TopicItem[];
  /** Editor-written pages (about, methodology), in footer order. */
  pages: PageItem[];
  /** Topic titles by id, for the kickers above headlines in lists. */
  topicTitles: Map<string, string>;
  /** Day notes (content/days/), by day. */
  dayNotes: DayItem[];
  /** Every day with news, newest first (src/site/days.ts), decided at the build's time. */
  dayPages: DayPage[];
  /** Territory snapshots, newest first. */
  territory: TerritoryItem[];
  /** Every claim, most recently reported first. */
  /** The desk's people (content/authors/). */
  authors: AuthorItem[];
  /** Claim status updates (content/updates/), oldest first. */
  updates: UpdateItem[];
  /** Every translation (content/<language>/<kind>/), of every language in site.yaml. */
  translations: TranslationItem[];
  /** Every claim, most recently reported first; updates and withdrawn items' reports included. */
  ledger: LedgerClaim[];
  /** The status definitions (methodology page) with the deploy base, linked from every badge; none without that page. */
  legendHref?: string;
  /** The corrections policy (the methodology's section), with the base; in this edition when translated. */
  policyHref?: string;
  /** Dates in the site's language and time zone. */
  dates: DateFormatter;
  /** A preview build (drafts shown, banner and noindex on every page). */
  preview: boolean;
  /** The edition this briefing is in: messages, links inside the edition, entry links. */
  ui: Ui;
  /** Translated entries of this edition (`articles/<id>` → date, staleness); empty for the original. */
  translated: Map<string, TranslationState>;
  /** Every edition's briefing, original first: for the switcher and hreflang. */
  editions: () => Promise<Briefing[]>;
}
