// A Front Matter CMS configuration (frontmatter.json) derived from the JSON Schemas, so
// VS Code editors get the same fields, enums, descriptions and required marks as the
// check. Lists of ids become relationships to the topic and actor files.
import type { CollectionName } from '../pipeline/schema/index.ts';

type JsonSchema = Record<string, unknown>;
type Field = Record<string, unknown>;

const CONTENT_TYPE: Record<Exclude<CollectionName, 'site'>, string> = { articles: 'article', actors: 'actor', topics: 'topic', territory: 'territory' };

/** Which id lists point at which collection: the schema says "ids", this says of what. */
const REFERENCES: Record<string, string> = { topics: 'topic', actors: 'actor' };

function title(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
}

function field(name: string, schema: JsonSchema, required: boolean, groups: Map<string, Field>): Field {
  const base: Field = { title: title(name), name, ...(schema.description ? { description: schema.description } : {}), ...(required ? { required: true } : {}) };
  if (schema.enum) return { ...base, type: 'choice', choices: schema.enum, ...(schema.default !== undefined ? { default: schema.default } : {}) };
  if (schema.type === 'number' || schema.type === 'integer') return { ...base, type: 'number', ...(schema.type === 'integer' ? { numberOptions: { isDecimal: false } } : {}) };
  if (schema.type === 'string') {
    if (typeof schema.pattern === 'string' && schema.pattern.startsWith('^\\d{4}-')) return { ...base, type: 'datetime', ...(name === 'published' ? { isPublishDate: true } : {}) };
    return { ...base, type: 'string', ...((schema.maxLength as number | undefined) !== undefined && (schema.maxLength as number) <= 160 ? { single: true } : {}) };
  }
  if (schema.type === 'array') {
    const items = schema.items as JsonSchema;
    if (REFERENCES[name] && items.type === 'string') return { ...base, type: 'contentRelationship', contentTypeName: REFERENCES[name], contentTypeValue: 'slug', multiple: true };
    if (items.type === 'object') {
      const id = `${name}-entry`;
      groups.set(id, { id, labelField: Object.keys(items.properties as object)[0], fields: objectFields(items, groups) });
      return { ...base, type: 'block', fieldGroup: [id] };
    }
    return { ...base, type: 'list' };
  }
  if (schema.type === 'object') return { ...base, type: 'fields', fields: objectFields(schema, groups) };
  return { ...base, type: 'string' };
}

function objectFields(schema: JsonSchema, groups: Map<string, Field>): Field[] {
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return Object.entries(schema.properties as Record<string, JsonSchema>).map(([name, s]) => field(name, s, required.has(name), groups));
}

export function buildFrontMatterConfig(json: Record<CollectionName, JsonSchema>): Record<string, unknown> {
  const groups = new Map<string, Field>();
  const contentTypes = (Object.keys(CONTENT_TYPE) as Array<keyof typeof CONTENT_TYPE>).map((collection) => ({
    name: CONTENT_TYPE[collection],
    pageBundle: false,
    previewPath: `'${collection}'`,
    clearEmpty: true,
    fields: objectFields(json[collection], groups),
  }));
  return {
    $schema: 'https://frontmatter.codes/frontmatter.schema.json',
    'frontMatter.framework.id': 'astro',
    'frontMatter.preview.host': 'http://localhost:4321',
    'frontMatter.content.publicFolder': 'public',
    'frontMatter.content.draftField': { name: 'status', type: 'choice', choices: ['draft', 'published'] },
    'frontMatter.taxonomy.dateFormat': "yyyy-MM-dd'T'HH:mm:ssXXX",
    'frontMatter.content.pageFolders': [
      { title: 'Articles', path: '[[workspace]]/content/articles', contentTypes: ['article'] },
      { title: 'Actors', path: '[[workspace]]/content/actors', contentTypes: ['actor'] },
      { title: 'Topics', path: '[[workspace]]/content/topics', contentTypes: ['topic'] },
    ],
    'frontMatter.taxonomy.contentTypes': contentTypes,
    'frontMatter.taxonomy.fieldGroups': [...groups.values()],
  };
}
