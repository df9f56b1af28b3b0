// A feed item carries the ledger, not just the prose: key points first, then the body,
// then each claim with its status as of the feed's build, the sources with titles and
// dates, and the corrections. Readers in a feed reader never see the page's boxes.
import { feedMessages, type FeedMessages } from './feed-messages.ts';
import { escapeXml } from './markup.ts';

export interface FeedClaim {
  text: string;
  /** Who made it, as a name. */
  by: string;
  /** Reader-facing status word now, in the feed's language, e.g. `Unconfirmed`. */
  status: string;
  /** The status this item gave, when it differs from `status`. */
  reportedHere?: string;
}

export interface FeedLedger {
  keyPoints?: readonly string[] | undefined;
  claims?: readonly FeedClaim[] | undefined;
  sources?: ReadonlyArray<{ name: string; title?: string | undefined; url: string; published?: string | undefined }> | undefined;
  corrections?: ReadonlyArray<{ date: string; text: string }> | undefined;
}

const esc = escapeXml;

function list(items: string[]): string {
  return `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
}

/** Body HTML wrapped with the item's key points before and its ledger after, headed in the feed's language. */
export function withLedger(bodyHtml: string, ledger: FeedLedger, words: FeedMessages = feedMessages('en')): string {
  const before = ledger.keyPoints?.length ? `<h2>${esc(words.keyPoints)}</h2>${list(ledger.keyPoints.map(esc))}` : '';
  const parts: string[] = [];
  if (ledger.claims?.length) {
    parts.push(
      `<h2>${esc(words.claims)}</h2>${list(ledger.claims.map((c) => `<strong>${esc(c.status.toUpperCase())}</strong>${c.reportedHere ? ` (${esc(words.thisItem)}: ${esc(c.reportedHere.toUpperCase())})` : ''}: ${esc(c.by)}: ${esc(c.text)}`))}`,
    );
  }
  if (ledger.sources?.length) {
    parts.push(
      `<h2>${esc(words.sources)}</h2>${list(ledger.sources.map((s) => `${esc(s.name)}: <a href="${esc(s.url)}">${esc(s.title ?? s.url)}</a>${s.published ? `, ${esc(s.published)}` : ''}`))}`,
    );
  }
  if (ledger.corrections?.length) {
    parts.push(`<h2>${esc(words.corrections)}</h2>${list(ledger.corrections.map((c) => `${esc(c.date)}: ${esc(c.text)}`))}`);
  }
  return `${before}${bodyHtml}${parts.join('')}`;
}

// An item sits in many feeds (the site's, each of its topics' and actors', three formats
// each): its wrapped content is made once per item and language.
const made = new WeakMap<object, { words: FeedMessages; html: string }>();

/**
 * The item's content as its feeds carry it: the body's feed HTML (made by the renderer from
 * the page's own tree, links absolute: render/feed-links.ts) wrapped with its ledger;
 * undefined without a body.
 */
export function itemHtml(item: { html?: string | undefined; ledger?: FeedLedger | undefined }, words: FeedMessages = feedMessages('en')): string | undefined {
  if (item.html === undefined) return undefined;
  const known = made.get(item);
  if (known?.words === words) return known.html;
  const html = item.ledger ? withLedger(item.html, item.ledger, words) : item.html;
  made.set(item, { words, html });
  return html;
}
