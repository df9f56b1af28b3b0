// A Front Matter CMS configuration (frontmatter.json) derived from the JSON Schemas, so
// VS Code editors get the same fields, enums, descriptions and required marks as the
// check. Lists of ids become relationships to the files they name (src/editor-schemas/references.ts);
// every folder collection of the registry gets a content type.
import type { CollectionLayout } from './collections.ts';
import { fieldLabel } from './field-label.ts';
import { referenceTarget } from './references.ts';

type JsonSchema = Record<string, unknown>;
type Field = Record<string, unknown>;

interface Context {
  groups: Map<string, Field>;
  layouts: ReadonlyMap<string, CollectionLayout>;
}

function field(name: string, schema: JsonSchema, required: boolean, context: Context): Field {
  const base: Field = {
    title: fieldLabel(name),
    name,
    ...(schema.description ? { description: schema.description } : {}),
    ...(required ? { required: true } : {}),
  };
  const target = referenceTarget(name, schema, new Set(context.layouts.keys()));
  if (target)
    return {
      ...base,
      type: 'contentRelationship',
      contentTypeName: context.layouts.get(target)!.singular,
      contentTypeValue: 'slug',
      multiple: schema.type === 'array',
    };
  if (schema.enum) return { ...base, type: 'choice', choices: schema.enum, ...(schema.default !== undefined ? { default: schema.default } : {}) };
  if (schema.type === 'number' || schema.type === 'integer')
    return { ...base, type: 'number', ...(schema.type === 'integer' ? { numberOptions: { isDecimal: false } } : {}) };
  if (schema.type === 'string') {
    if (typeof schema.pattern === 'string' && schema.pattern.startsWith('^\\d{4}-'))
      return { ...base, type: 'datetime', ...(name === 'published' ? { isPublishDate: true } : {}) };
    return {
      ...base,
      type: 'string',
      ...((schema.maxLength as number | undefined) !== undefined && (schema.maxLength as number) <= 160 ? { single: true } : {}),
    };
  }
  if (schema.type === 'array') {
    const items = schema.items as JsonSchema;
    if (items.type === 'object') {
      const id = `${name}-entry`;
      context.groups.set(id, { id, labelField: Object.keys(items.properties as object)[0], fields: objectFields(items, context) });
      return { ...base, type: 'block', fieldGroup: [id] };
    }
    return { ...base, type: 'list' };
  }
  if (schema.type === 'object') return { ...base, type: 'fields', fields: objectFields(schema, context) };
  return { ...base, type: 'string' };
}

function objectFields(schema: JsonSchema, context: Context): Field[] {
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return Object.entries(schema.properties as Record<string, JsonSchema>).map(([name, s]) => field(name, s, required.has(name), context));
}

/** `json`: each collection's JSON Schema without the id enums (those change with the content). */
export function buildFrontMatterConfig(layouts: CollectionLayout[], json: ReadonlyMap<string, JsonSchema>): Record<string, unknown> {
  const context: Context = { groups: new Map(), layouts: new Map(layouts.map((l) => [l.name, l])) };
  const folders = layouts.filter((l) => !l.file);
  const contentTypes = folders.map((layout) => ({
    name: layout.singular,
    pageBundle: false,
    previewPath: `'${layout.name}'`,
    clearEmpty: true,
    fields: objectFields(json.get(layout.name)!, context),
  }));
  return {
    $schema: 'https://frontmatter.codes/frontmatter.schema.json',
    'frontMatter.framework.id': 'astro',
    'frontMatter.preview.host': 'http://localhost:4321',
    'frontMatter.content.publicFolder': 'public',
    'frontMatter.content.draftField': { name: 'status', type: 'choice', choices: ['draft', 'published'] },
    'frontMatter.taxonomy.dateFormat': "yyyy-MM-dd'T'HH:mm:ssXXX",
    'frontMatter.content.pageFolders': folders.map((l) => ({ title: l.label, path: `[[workspace]]/${l.folder}`, contentTypes: [l.singular] })),
    'frontMatter.taxonomy.contentTypes': contentTypes,
    'frontMatter.taxonomy.fieldGroups': [...context.groups.values()],
  };
}
