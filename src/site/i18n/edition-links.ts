// The links between editions for one page: hreflang alternates (both ways and x-default,
// only to pages that exist) and the language switcher's targets (the same page in the
// other edition, or the notice saying it has no translation yet).
import { SITE_PATHS } from '../../pipeline/routes.ts';
import type { SiteSettings } from '../types.ts';
import { alternates, inEdition, originalPath, type Alternate, type Edition } from './editions.ts';
import { pageExists, untranslatedPath } from './page-exists.ts';

export interface EditionState {
  edition: Edition;
  translated: { has: (key: string) => boolean };
}

export interface SwitcherLink {
  language: string;
  name: string;
  /** Site path without base. */
  path: string;
  /** The page itself is in this edition (`aria-current`). */
  current: boolean;
  /** The other edition has no such page: the path is the no-translation notice. */
  missing: boolean;
}

export function editionLinks(site: SiteSettings, path: string, states: readonly EditionState[]): { alternates: Alternate[]; switcher: SwitcherLink[] } {
  const original = originalPath(site, path);
  const exists = (edition: Edition) => pageExists(edition, states.find((s) => s.edition.language === edition.language)?.translated ?? new Set(), original);
  // The no-translation notices and 404 pages are nobody's alternate.
  const own = states.length > 1 && !original.startsWith('/untranslated/') && original !== SITE_PATHS.notFound;
  const here = states.find((s) => !s.edition.original && (path === s.edition.prefix || path.startsWith(`${s.edition.prefix}/`)))?.edition ?? states[0]?.edition;
  const switcher = own
    ? states.map(({ edition }) => {
        const has = exists(edition);
        return {
          language: edition.language,
          name: edition.name,
          path: has ? inEdition(edition, original) : untranslatedPath(edition, original),
          current: edition === here,
          missing: !has,
        };
      })
    : [];
  return { alternates: own ? alternates(site, path, exists) : [], switcher };
}
