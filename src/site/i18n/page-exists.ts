// Whether an edition has a page: a translated edition has an item, topic, actor or editor
// page only when it has a translation of it (no fallback copies); every other page type
// (lists, the ledger, days, authors, search) exists in every edition.
import { parseSitePath } from '../../pipeline/routes.ts';
import type { Edition } from './editions.ts';

export function pageExists(edition: Pick<Edition, 'original'>, translated: { has: (key: string) => boolean }, originalPath: string): boolean {
  if (edition.original) return true;
  const target = parseSitePath(originalPath);
  if (target.kind !== 'entry' || target.collection === 'authors') return true;
  return translated.has(`${target.collection}/${target.id}`);
}

/** Where the switcher sends a reader for a page the edition lacks: a notice linking the original. */
export function untranslatedPath(edition: Pick<Edition, 'prefix'>, originalPath: string): string {
  return `${edition.prefix}/untranslated${originalPath}`;
}
