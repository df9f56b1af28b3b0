// JSON Schemas for the editor, generated from the zod schemas with zod 4's
// `z.toJSONSchema` (input side: what an editor writes, defaults optional). Checks that
// zod keeps in refinements are made visible where JSON Schema can say them: text
// lengths (found by asking the schema itself), ISO dates and https-only addresses.
// Each field gets the doc comment written next to it, and id fields list the ids that
// exist in content/ (an enum), so an editor completes them and sees a typo at once.
import { z } from 'zod';
import { httpsUrl, isoDate } from '../pipeline/schema/fields.ts';
import { schemas, type CollectionName } from '../pipeline/schema/index.ts';
import { schemaFile, type CollectionLayout } from './collections.ts';
import { keySignature, type DocComments } from './doc-comments.ts';
import { referenceTarget } from './references.ts';

type JsonSchema = Record<string, unknown>;
type AnyZod = z.core.$ZodType;

export const ISO_DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:\\d{2}))?$';

/** Shortest and longest text a one-line text schema accepts, asked of the schema itself. */
export function textLengths(schema: AnyZod): { min: number; max: number } | undefined {
  const passes = (n: number) => z.safeParse(schema, 'a'.repeat(n)).success;
  let min = -1;
  for (let n = 0; n <= 1000; n++)
    if (passes(n)) {
      min = n;
      break;
    }
  if (min < 0) return undefined;
  let max = min;
  while (max < 5000 && passes(max + 1)) max++;
  return { min, max };
}

function isTextPipe(schema: AnyZod): boolean {
  const def = schema._zod.def as unknown as { type: string; in?: AnyZod; out?: AnyZod };
  return def.type === 'pipe' && def.in?._zod.def.type === 'string' && def.out?._zod.def.type === 'transform';
}

/** The collection's schema as JSON Schema, each field described by its doc comment. */
export function baseJsonSchema(collection: CollectionName, docs: DocComments): JsonSchema {
  const generated = z.toJSONSchema(schemas[collection], {
    io: 'input',
    override: (ctx) => {
      const zod = ctx.zodSchema as AnyZod;
      const js = ctx.jsonSchema as JsonSchema;
      if (zod === isoDate) Object.assign(js, { pattern: ISO_DATE_PATTERN, examples: ['2025-08-17', '2025-08-17T14:30:00+02:00'] });
      else if (zod === httpsUrl) Object.assign(js, { format: 'uri', pattern: '^https://' });
      else if (isTextPipe(zod)) {
        const lengths = textLengths(zod);
        if (lengths) Object.assign(js, { minLength: lengths.min, maxLength: lengths.max });
      }
    },
  });
  // zod emits one JSON object per zod schema and reuses it wherever that schema appears
  // (every id, every date): a copy gives each field its own, so descriptions stay apart.
  const json = JSON.parse(JSON.stringify(generated)) as JsonSchema;
  describeFields(json, docs);
  return json;
}

function describeFields(node: JsonSchema, docs: DocComments): void {
  const properties = node.properties as Record<string, JsonSchema> | undefined;
  if (properties) {
    const comments = docs.get(keySignature(Object.keys(properties)));
    for (const [key, property] of Object.entries(properties)) {
      const description = comments?.get(key);
      if (description) property.description = description;
    }
  }
  for (const child of children(node)) describeFields(child, docs);
}

function children(node: JsonSchema): JsonSchema[] {
  const out: JsonSchema[] = [];
  if (node.properties) out.push(...Object.values(node.properties as Record<string, JsonSchema>));
  if (node.items && typeof node.items === 'object') out.push(node.items as JsonSchema);
  for (const key of ['anyOf', 'oneOf', 'allOf']) if (Array.isArray(node[key])) out.push(...(node[key] as JsonSchema[]));
  return out;
}

/** Lists the existing ids as the allowed values of every id field that names a collection. */
function addIdEnums(node: JsonSchema, ids: ReadonlyMap<string, string[]>, layouts: ReadonlyMap<string, CollectionLayout>): void {
  const properties = node.properties as Record<string, JsonSchema> | undefined;
  for (const [key, property] of Object.entries(properties ?? {})) {
    const target = referenceTarget(key, property, new Set(layouts.keys()));
    const values = target ? ids.get(target) : undefined;
    if (target && values?.length) {
      const one = property.type === 'array' ? (property.items as JsonSchema) : property;
      const layout = layouts.get(target)!;
      Object.assign(one, { enum: values, ...(one === property ? {} : { description: `A ${layout.singular} id: the name of a file in ${layout.folder}/` }) });
    }
  }
  for (const child of children(node)) addIdEnums(child, ids, layouts);
}

export function buildJsonSchema(
  layout: CollectionLayout,
  docs: DocComments,
  ids: ReadonlyMap<string, string[]>,
  layouts: ReadonlyMap<string, CollectionLayout>,
): JsonSchema {
  const json = baseJsonSchema(layout.name as CollectionName, docs);
  addIdEnums(json, ids, layouts);
  const { $schema, ...rest } = json;
  return { $schema, $id: `https://briefing.invalid/${schemaFile(layout)}`, title: layout.description, ...rest };
}
