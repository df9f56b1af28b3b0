// Which id fields name a file of which collection. The zod schema says a field holds a
// kebab-case id; the cross-file check (src/pipeline/checks/resolve-references.ts) knows
// which collection it must exist in. The editors need that too: relation widgets in the
// web editor, and the existing ids as enums in the JSON Schemas so VS Code completes and
// flags them. Keyed by field name, wherever the field sits; a target collection that is
// not in the registry (yet) is ignored.
import { discoverFiles } from '../pipeline/discover-files.ts';
import { ID_PATTERN } from '../pipeline/schema/primitives.ts';

type JsonSchema = Record<string, unknown>;

export const REFERENCE_FIELDS: Record<string, string> = {
  topics: 'topics',
  actors: 'actors',
  /** claims[].by */
  by: 'actors',
  /** site.yaml: the item leading the home page. */
  lead: 'articles',
  authors: 'authors',
  reviewedBy: 'authors',
  /** days: takeaways[].item */
  item: 'articles',
  /** articles: the territory snapshot shown. */
  map: 'territory',
};

/** A JSON Schema for one kebab-case id. */
export function isIdSchema(schema: JsonSchema | undefined): boolean {
  return schema?.type === 'string' && schema.pattern === ID_PATTERN.source;
}

/** The collection a field's ids point at, when the field holds ids and the collection exists. */
export function referenceTarget(field: string, schema: JsonSchema, collections: ReadonlySet<string>): string | undefined {
  const target = REFERENCE_FIELDS[field];
  if (!target || !collections.has(target)) return undefined;
  const holdsIds = isIdSchema(schema) || (schema.type === 'array' && isIdSchema(schema.items as JsonSchema));
  return holdsIds ? target : undefined;
}

/** The ids present in the content folder, per collection, sorted: the enums' values. */
export function contentIds(root: string, contentDir = 'content'): Map<string, string[]> {
  const ids = new Map<string, string[]>();
  for (const file of discoverFiles(root, contentDir).files) {
    const list = ids.get(file.collection) ?? [];
    list.push(file.id);
    ids.set(file.collection, list);
  }
  // An article id may repeat across year folders; the check reports that, the enum lists it once.
  for (const [collection, list] of ids) ids.set(collection, [...new Set(list)].sort());
  return ids;
}
