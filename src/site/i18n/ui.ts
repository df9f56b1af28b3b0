// What a component needs to speak an edition's language: its messages, its language tag,
// links that stay inside the edition, and for an entry the page to link (this edition's
// when the entry is translated, else the original's, with the language its text is in).
import { entryPath } from '../../pipeline/routes.ts';
import type { TranslatableKind } from '../translations.ts';
import { inEdition, type Edition } from './editions.ts';
import { en, type Messages } from './messages/en.ts';
import { uk } from './messages/uk.ts';

const CATALOGUES: Record<string, Messages> = { en, uk };

/** The catalogue of a language (`uk`, `en-GB` → `en`); English when there is none. */
export function messagesFor(language: string): Messages {
  return CATALOGUES[language] ?? CATALOGUES[language.split('-')[0]!] ?? en;
}

/** Languages that have a catalogue; a site.yaml language without one gets the English interface (add its file here). */
export const CATALOGUE_LANGUAGES = Object.keys(CATALOGUES);

export interface EntryLink {
  href: string;
  /** The language of the entry's text when it is not this edition's (an untranslated entry). */
  lang?: string;
}

export interface Ui {
  m: Messages;
  edition: Edition;
  /** The language tag for `<html lang>` and Intl. */
  language: string;
  /** A site path in this edition, with the deploy base. */
  link: (path: string) => string;
  /** A site path with the deploy base only, outside any edition (the original's pages, site-wide files). */
  withBase: (path: string) => string;
  /** The original's language on a translated edition (for text never translated: notes, roles); undefined on the original. */
  foreign: string | undefined;
  /** Where an entry is read, and in which language when not this edition's. */
  entry: (kind: TranslatableKind, id: string) => EntryLink;
}

export interface UiInput {
  edition: Edition;
  /** The original edition's language, for marking text left untranslated. */
  originalLanguage: string;
  /** Adds the deploy base to a site path. */
  withBase: (path: string) => string;
  /** Whether this edition has its own page for an entry; always true for the original. */
  has: (kind: TranslatableKind, id: string) => boolean;
}

export function makeUi({ edition, originalLanguage, withBase, has }: UiInput): Ui {
  const link = (path: string) => withBase(inEdition(edition, path));
  return {
    m: messagesFor(edition.language),
    edition,
    language: edition.language,
    link,
    withBase,
    foreign: edition.original ? undefined : originalLanguage,
    entry: (kind, id) =>
      edition.original || has(kind, id) ? { href: link(entryPath[kind](id)) } : { href: withBase(entryPath[kind](id)), lang: originalLanguage },
  };
}
