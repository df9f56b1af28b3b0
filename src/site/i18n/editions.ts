// The site's editions: the original language at the root, and every language that
// site.yaml lists under its own prefix (`/uk/`). One place decides a page's path in
// another edition and the hreflang alternates every page carries.
import type { SiteSettings } from '../types.ts';

export interface Edition {
  /** BCP 47 tag as written in site.yaml, e.g. `en` or `uk`. */
  language: string;
  /** `''` for the original edition, `/uk` for a translation. */
  prefix: string;
  /** The language's own name, for the switcher. */
  name: string;
  title: string;
  description: string;
  original: boolean;
}

const OWN_NAMES: Record<string, string> = { en: 'English', uk: 'Українська' };

export function editions(site: SiteSettings): Edition[] {
  const base = site.language.split('-')[0]!;
  const original: Edition = {
    language: site.language,
    prefix: '',
    name: OWN_NAMES[base] ?? site.language,
    title: site.title,
    description: site.description,
    original: true,
  };
  return [
    original,
    ...site.languages.map((l) => ({ language: l.code, prefix: `/${l.code}`, name: l.name, title: l.title, description: l.description, original: false })),
  ];
}

export function editionOf(site: SiteSettings, language: string | undefined): Edition {
  const all = editions(site);
  return all.find((e) => !e.original && e.language === language) ?? all[0]!;
}

/** A site path (without the deploy base) in an edition: `/claims/` → `/uk/claims/`. */
export function inEdition(edition: Pick<Edition, 'prefix'>, path: string): string {
  return `${edition.prefix}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The path of a page in the original edition, from its path in any edition. */
export function originalPath(site: SiteSettings, path: string): string {
  for (const e of editions(site)) if (e.prefix && (path === e.prefix || path.startsWith(`${e.prefix}/`))) return path.slice(e.prefix.length) || '/';
  return path;
}

export interface Alternate {
  hreflang: string;
  path: string;
}

/**
 * `hreflang` alternates of a page, both ways and `x-default` (the original). `exists`
 * says whether an edition has this page (an untranslated item has no Ukrainian page).
 */
export function alternates(site: SiteSettings, path: string, exists: (edition: Edition) => boolean = () => true): Alternate[] {
  const original = originalPath(site, path);
  const all = editions(site).filter((e) => e.original || exists(e));
  if (all.length < 2) return [];
  return [...all.map((e) => ({ hreflang: e.language, path: inEdition(e, original) })), { hreflang: 'x-default', path: original }];
}
