// The embeds the site turns into static link cards: a provider is known by the host of
// the address. Nothing of the provider is ever loaded (no frame, no script), so the CSP
// and the readers' privacy hold; the card is a plain link.

export interface EmbedProvider {
  /** Name readers know, e.g. `YouTube`. */
  name: string;
  /** What sits behind the link: `Video`, `Post`. */
  kind: string;
}

const PROVIDERS: Record<string, EmbedProvider> = {
  'youtube.com': { name: 'YouTube', kind: 'Video' },
  'youtu.be': { name: 'YouTube', kind: 'Video' },
  'vimeo.com': { name: 'Vimeo', kind: 'Video' },
  'x.com': { name: 'X', kind: 'Post' },
  'twitter.com': { name: 'X', kind: 'Post' },
  't.me': { name: 'Telegram', kind: 'Post' },
  'telegram.me': { name: 'Telegram', kind: 'Post' },
  'bsky.app': { name: 'Bluesky', kind: 'Post' },
};

// Mastodon has no one host: a post is `https://<server>/@<account>/<numeric id>`.
const MASTODON: EmbedProvider = { name: 'Mastodon', kind: 'Post' };
const MASTODON_POST = /^\/@[A-Za-z0-9_.]+(?:@[A-Za-z0-9.-]+)?\/\d{6,}\/?$/;

/** Provider names, for hints. */
export const EMBED_PROVIDER_NAMES = [...new Set([...Object.values(PROVIDERS), MASTODON].map((p) => p.name))];

/** The provider of an https address on the allowlist (with or without www./m.), or undefined. */
export function embedProvider(href: string): EmbedProvider | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.pathname === '/' || url.pathname === '') return undefined;
  return PROVIDERS[url.hostname.replace(/^(?:www|m|mobile)\./, '')] ?? (MASTODON_POST.test(url.pathname) ? MASTODON : undefined);
}
