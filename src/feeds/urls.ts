// Feeds are read away from the site, so every link in them is absolute: site origin,
// deploy base path, then the site path from routes.ts.
import { absoluteUrl as absoluteSiteUrl } from '../pipeline/routes.ts';

export interface SiteLocation {
  /** Public origin (and only the origin is used), e.g. `https://briefing.example.org`. */
  site: string;
  /** Deploy base path, `/` or `/briefing/`. */
  base: string;
}

/** Absolute URL for a site path such as `/articles/x/` (without the base), at the feed's location. */
export function absoluteUrl(location: SiteLocation, path: string): string {
  return absoluteSiteUrl(location.site, location.base, path);
}

const LINK_ATTRIBUTE = /(\s(?:href|src)=")([^"]*)"/g;

// The renderer's "§" anchors after headings help on the page; in a feed reader they show as
// stray "Section titled …" text.
const HEADING_ANCHOR = /<a class="heading-anchor"[^>]*>.*?<\/a>/gs;

/** Rendered article HTML as a feed carries it: no heading anchors, absolute links. */
export function feedHtml(html: string, pageUrl: string): string {
  return absolutizeHtml(html.replace(HEADING_ANCHOR, ''), pageUrl);
}

/**
 * Makes the links of rendered article HTML absolute. The renderer already prefixed the base
 * path to site-absolute links, so they only need the origin; `#heading` links point into the
 * article itself. Works on rehype-stringify output, which always double-quotes attributes.
 */
export function absolutizeHtml(html: string, pageUrl: string): string {
  return html.replace(LINK_ATTRIBUTE, (match, start: string, value: string) => {
    const raw = value.replace(/&amp;/g, '&');
    if (!raw.startsWith('/') && !raw.startsWith('#')) return match;
    if (raw.startsWith('//')) return match;
    return `${start}${new URL(raw, pageUrl).href.replace(/&/g, '&amp;')}"`;
  });
}
