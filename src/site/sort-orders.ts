// One order per concept, used by every page, feed and command that lists them: topics and
// editor-written pages in the editors' order, people (actors, authors) by name in the
// edition's language.
interface Ordered {
  id: string;
  data: { order: number; title: string };
}

interface Named {
  id: string;
  data: { name: string };
}

/** The editors' order (`order`), then title, then id. */
function editorsOrder<T extends Ordered>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title) || a.id.localeCompare(b.id));
}

/** Topics in the editors' order: menus, the state of play, search's browse list. */
export const topicsInOrder: <T extends Ordered>(topics: readonly T[]) => T[] = editorsOrder;

/** Editor-written pages (about, methodology) in footer order. */
export const pagesInOrder: <T extends Ordered>(pages: readonly T[]) => T[] = editorsOrder;

/** Actors or authors by name, as the edition's language sorts them, then id. */
export function byName<T extends Named>(people: readonly T[], language: string): T[] {
  const collator = new Intl.Collator(language);
  return [...people].sort((a, b) => collator.compare(a.data.name, b.data.name) || a.id.localeCompare(b.id));
}
