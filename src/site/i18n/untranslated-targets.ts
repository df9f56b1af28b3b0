// The entries a translated edition has no page for: the language switcher on their
// original's page leads to a notice for each (see src/pages/[...edition]/untranslated/).
import { entryPath } from '../../pipeline/routes.ts';
import type { TranslatableKind } from '../translations.ts';

export interface UntranslatedTarget {
  kind: TranslatableKind;
  id: string;
  /** The original's title or name. */
  title: string;
  /** The original's site path (without base). */
  path: string;
}

type Titled = { id: string; data: { title: string } };
type Named = { id: string; data: { name: string } };

export function untranslatedTargets(
  articles: readonly Titled[],
  topics: readonly Titled[],
  actors: readonly Named[],
  pages: readonly Titled[],
  translated: { has: (key: string) => boolean },
): UntranslatedTarget[] {
  const of = (kind: TranslatableKind, entries: readonly { id: string; title: string }[]) =>
    entries.filter((e) => !translated.has(`${kind}/${e.id}`)).map((e) => ({ kind, id: e.id, title: e.title, path: entryPath[kind](e.id) }));
  return [
    ...of(
      'articles',
      articles.map((a) => ({ id: a.id, title: a.data.title })),
    ),
    ...of(
      'topics',
      topics.map((t) => ({ id: t.id, title: t.data.title })),
    ),
    ...of(
      'actors',
      actors.map((a) => ({ id: a.id, title: a.data.name })),
    ),
    ...of(
      'pages',
      pages.map((p) => ({ id: p.id, title: p.data.title })),
    ),
  ];
}
