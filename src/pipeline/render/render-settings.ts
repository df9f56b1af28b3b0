// Everything rendering depends on beyond the file itself, and the one way to turn it
// into render options for a file: deploy base, site host and where each content file
// is published (for relative .md links).
import { resolveMarkdownLink } from '../markdown/classify-href.ts';
import { absoluteUrl, FIXED_PAGES, parseSitePath } from '../routes.ts';
import type { RenderOptions } from './render-markdown.ts';

export interface RenderSettings {
  base: string;
  siteHost: string;
  /** The site's address (origin, any path ignored): items' bodies get feed HTML with links absolute against it. */
  siteUrl?: string;
  /** Site path of every content file, by project-relative path. */
  pathByFile: Record<string, string>;
  /** Languages of the translations present; their files' site links stay in their edition. */
  languages?: string[];
}

/** Site paths every edition has, whatever is translated (FIXED_PAGES less the feeds). */
const EDITION_PAGES = new Set<string>(FIXED_PAGES.filter((path) => path.endsWith('/')));

// Every translation's render asks which pages exist in its edition: the answer is worked
// out once per settings object (one per run, or per worker), not once per file.
const pathsBySettings = new WeakMap<RenderSettings, Set<string>>();

function translatedPaths(settings: RenderSettings): Set<string> {
  let paths = pathsBySettings.get(settings);
  if (!paths) {
    const prefixes = (settings.languages ?? []).map((language) => `/${language}/`);
    paths = new Set(Object.values(settings.pathByFile).filter((path) => prefixes.some((prefix) => path.startsWith(prefix))));
    pathsBySettings.set(settings, paths);
  }
  return paths;
}

/** The language of a translation file (its edition's path segment); undefined for an original. */
export function translationLanguage(file: string, settings: RenderSettings): string | undefined {
  const language = settings.pathByFile[file]?.split('/')[1];
  return language && settings.languages?.includes(language) ? language : undefined;
}

/**
 * Links in a translation stay in its edition: to the translated page when there is one,
 * to the edition's own index pages, else to the original.
 */
function localiser(file: string, language: string | undefined, settings: RenderSettings): ((path: string) => string) | undefined {
  if (!language) return undefined;
  const translated = translatedPaths(settings);
  return (href) => {
    const cut = href.search(/[?#]/);
    const path = cut >= 0 ? href.slice(0, cut) : href;
    const rest = cut >= 0 ? href.slice(cut) : '';
    const normalised = path.endsWith('/') ? path : `${path}/`;
    if (translated.has(`/${language}${normalised}`) || EDITION_PAGES.has(normalised)) return `/${language}${normalised}${rest}`;
    return href;
  };
}

/** Whether a file's page is an item's, the original's or a translation's (`/articles/x/`, `/uk/articles/x/`): the bodies feeds carry. */
function isItemPage(path: string, language: string | undefined): boolean {
  const target = parseSitePath(language ? path.slice(language.length + 1) : path);
  return target.kind === 'entry' && target.collection === 'articles';
}

export function renderOptionsFor(file: string, settings: RenderSettings): RenderOptions {
  const language = translationLanguage(file, settings);
  const localise = localiser(file, language, settings);
  const path = settings.pathByFile[file];
  const feedPageUrl = settings.siteUrl && path && isItemPage(path, language) ? absoluteUrl(settings.siteUrl, settings.base, path) : undefined;
  return {
    ...(localise ? { localise } : {}),
    ...(feedPageUrl ? { feedPageUrl } : {}),
    // Only translations carry a language: an original renders exactly as before (English words).
    ...(language ? { language } : {}),
    base: settings.base,
    siteHost: settings.siteHost,
    resolveMarkdownLink: (href) => {
      const target = resolveMarkdownLink(file, href);
      const path = target ? settings.pathByFile[target] : undefined;
      const hash = href.indexOf('#');
      return path ? `${path}${hash >= 0 ? href.slice(hash) : ''}` : undefined;
    },
  };
}
