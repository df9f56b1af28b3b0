// JSON Schemas for the editor, generated from the zod schemas with zod 4's
// `z.toJSONSchema` (input side: what an editor writes, defaults optional). Checks that
// zod keeps in refinements are made visible where JSON Schema can say them: text
// lengths (found by asking the schema itself), ISO dates and https-only addresses.
import { z } from 'zod';
import { httpsUrl, isoDate } from '../pipeline/schema/fields.ts';
import { schemas, type CollectionName } from '../pipeline/schema/index.ts';
import { keySignature, type DocComments } from './doc-comments.ts';

type JsonSchema = Record<string, unknown>;
type AnyZod = z.core.$ZodType;

export const SCHEMA_FILES: Record<CollectionName, string> = {
  articles: 'schemas/article.schema.json',
  actors: 'schemas/actor.schema.json',
  topics: 'schemas/topic.schema.json',
  site: 'schemas/site.schema.json',
  territory: 'schemas/territory.schema.json',
};

const TITLES: Record<CollectionName, string> = {
  articles: 'Briefing item (content/articles/**/*.md frontmatter)',
  actors: 'Actor (content/actors/*.md frontmatter)',
  topics: 'Topic (content/topics/*.md frontmatter)',
  site: 'Site settings (content/site.yaml)',
  territory: 'Territory snapshot (content/territory/<yyyy-mm-dd>.md frontmatter)',
};

const ISO_DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:\\d{2}))?$';

/** Shortest and longest text a one-line text schema accepts, asked of the schema itself. */
export function textLengths(schema: AnyZod): { min: number; max: number } | undefined {
  const passes = (n: number) => z.safeParse(schema, 'a'.repeat(n)).success;
  let min = -1;
  for (let n = 0; n <= 1000; n++) if (passes(n)) { min = n; break; }
  if (min < 0) return undefined;
  let max = min;
  while (max < 5000 && passes(max + 1)) max++;
  return { min, max };
}

function isTextPipe(schema: AnyZod): boolean {
  const def = schema._zod.def as unknown as { type: string; in?: AnyZod; out?: AnyZod };
  return def.type === 'pipe' && def.in?._zod.def.type === 'string' && def.out?._zod.def.type === 'transform';
}

export function buildJsonSchema(collection: CollectionName, docs: DocComments): JsonSchema {
  const json = z.toJSONSchema(schemas[collection], {
    io: 'input',
    override: (ctx) => {
      const zod = ctx.zodSchema as AnyZod;
      const js = ctx.jsonSchema as JsonSchema;
      if (zod === isoDate) {
        Object.assign(js, { pattern: ISO_DATE_PATTERN, examples: ['2025-08-17', '2025-08-17T14:30:00+02:00'] });
      } else if (zod === httpsUrl) {
        Object.assign(js, { format: 'uri', pattern: '^https://' });
      } else if (isTextPipe(zod)) {
        const lengths = textLengths(zod);
        if (lengths) Object.assign(js, { minLength: lengths.min, maxLength: lengths.max });
      }
      const properties = js.properties as Record<string, JsonSchema> | undefined;
      if (js.type === 'object' && properties) {
        const comments = docs.get(keySignature(Object.keys(properties)));
        for (const [key, property] of Object.entries(properties)) {
          const description = comments?.get(key);
          if (description && !property.description) property.description = description;
        }
      }
    },
  }) as JsonSchema;
  return { $schema: json.$schema, $id: `https://briefing.invalid/${SCHEMA_FILES[collection]}`, title: TITLES[collection], ...json };
}
