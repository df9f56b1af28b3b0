// Titles and addresses of pages: one place builds the <title>, canonical URL and the
// href of every internal link (always with the deploy base).
import { clipText } from '../pipeline/text/clip-text.ts';
import { withBase } from '../pipeline/routes.ts';

/** `Page · Site`, or the site title alone on the home page. */
export function documentTitle(pageTitle: string, siteTitle: string): string {
  return pageTitle === siteTitle ? siteTitle : `${pageTitle} · ${siteTitle}`;
}

// Pages take their absolute URLs (canonical, og:url) from the one helper beside withBase.
export { absoluteUrl } from '../pipeline/routes.ts';

/** A function that turns site paths into hrefs under the deploy base. */
export function linker(base: string): (path: string) => string {
  return (path) => withBase(base, path);
}

/** Meta descriptions stay short: at most `max` graphemes, cut at a word boundary. */
export function metaDescription(text: string, max = 200): string {
  return clipText(text.replace(/\s+/g, ' ').trim(), max);
}

/** An external https URL as the URL parser writes it: `<`, `>` and `"` percent-encoded. */
export function externalHref(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

/**
 * Open Graph's `og:locale` is language_TERRITORY (`en_GB`, `uk_UA`): a tag without a
 * region takes its likely one (CLDR likely subtags, through Intl.Locale#maximize).
 */
export function ogLocale(language: string): string {
  const locale = likely(language);
  if (!locale) return language.replace('-', '_');
  return locale.region ? `${locale.language}_${locale.region}` : locale.language;
}

/** The script a language is written in (`uk` → `Cyrl`, `en-GB` → `Latn`), for its fonts. */
export function scriptOf(language: string): string | undefined {
  return likely(language)?.script;
}

const maximized = new Map<string, Intl.Locale | undefined>();

/** The language's likely script and region; maximize() is slow enough to show per page, so once per language. */
function likely(language: string): Intl.Locale | undefined {
  if (maximized.has(language)) return maximized.get(language);
  let locale: Intl.Locale | undefined;
  try {
    locale = new Intl.Locale(language).maximize();
  } catch {
    locale = undefined;
  }
  maximized.set(language, locale);
  return locale;
}
