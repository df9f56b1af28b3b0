// The web editor's configuration (Sveltia CMS, public/admin/config.json), derived from the
// JSON Schemas the zod schemas produce, so the form offers exactly the fields the check
// accepts: one collection per registry collection (src/editor-schemas/collections.ts),
// required marks, lengths, enums as selects, ids as relations to the files they name,
// `src` fields as image pickers. What the form cannot say (cross-file rules, date order)
// stays with `npm run check`, which CI runs on every commit the editor makes.
import type { CollectionLayout } from './collections.ts';
import { CMS_BACKEND } from './cms-backend.ts';
import { fieldLabel } from './field-label.ts';
import { ISO_DATE_PATTERN } from './json-schemas.ts';
import { isIdSchema, referenceTarget } from './references.ts';

type JsonSchema = Record<string, unknown>;
type Field = Record<string, unknown>;

interface Context {
  layouts: ReadonlyMap<string, CollectionLayout>;
  json: ReadonlyMap<string, JsonSchema>;
}

/**
 * The field an entry is named and listed by: `title`, else `name`, else the first text
 * field; none when the collection has no text field (days: the date is the file name).
 * Sveltia refuses the whole configuration if `identifier_field` names a missing field.
 */
export function identifierField(schema: JsonSchema): string | undefined {
  const properties = Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>);
  for (const key of ['title', 'name']) if (properties.some(([k]) => k === key)) return key;
  return properties.find(([, s]) => s.type === 'string')?.[0];
}

/** JSON Schema bounds under Sveltia's names (`minlength` for text, `min` for lists). */
function bounds(schema: JsonSchema, kind: 'Length' | 'Items'): Field {
  const [min, max] = [schema[`min${kind}`], schema[`max${kind}`]];
  const names = kind === 'Length' ? ['minlength', 'maxlength'] : ['min', 'max'];
  return { ...(typeof min === 'number' && min > 0 ? { [names[0]!]: min } : {}), ...(typeof max === 'number' ? { [names[1]!]: max } : {}) };
}

function textField(name: string, schema: JsonSchema): Field {
  const pattern = schema.pattern as string | undefined;
  if (name === 'src') return { widget: 'image', choose_url: false, media_folder: '', public_folder: '' };
  if (pattern === ISO_DATE_PATTERN) return { widget: 'string', pattern: [pattern, 'an ISO 8601 date like 2025-08-17 or 2025-08-17T14:30:00+02:00'] };
  if (pattern === '^https://') return { widget: 'string', type: 'url', pattern: [pattern, 'an https:// address'] };
  if (isIdSchema(schema)) return { widget: 'string', pattern: [pattern, 'a kebab-case id: lowercase letters, digits and single hyphens'] };
  if (schema.format === 'email') return { widget: 'string', type: 'email' };
  // Every text field here is one line of plain text (a newline is refused by the check).
  return { widget: 'string', ...bounds(schema, 'Length'), ...(pattern ? { pattern: [pattern, `must match ${pattern}`] } : {}) };
}

function relation(target: string, schema: JsonSchema, context: Context): Field {
  const shown = identifierField(context.json.get(target)!) ?? '{{slug}}';
  const many = schema.type === 'array';
  return {
    widget: 'relation',
    collection: target,
    value_field: '{{slug}}',
    search_fields: [shown],
    display_fields: [shown],
    ...(many ? { multiple: true, ...bounds(schema, 'Items') } : {}),
  };
}

function widget(name: string, schema: JsonSchema, context: Context): Field {
  const target = referenceTarget(name, schema, new Set(context.layouts.keys()));
  if (target) return relation(target, schema, context);
  if (Array.isArray(schema.enum)) return { widget: 'select', options: schema.enum };
  if (schema.type === 'string') return textField(name, schema);
  if (schema.type === 'integer' || schema.type === 'number') {
    return {
      widget: 'number',
      value_type: schema.type === 'integer' ? 'int' : 'float',
      ...(typeof schema.minimum === 'number' ? { min: schema.minimum } : {}),
      ...(typeof schema.maximum === 'number' ? { max: schema.maximum } : {}),
    };
  }
  if (schema.type === 'boolean') return { widget: 'boolean' };
  if (schema.type === 'array') {
    const items = schema.items as JsonSchema;
    const list = { widget: 'list', ...bounds(schema, 'Items') };
    if (items.type === 'object') return { ...list, fields: fields(items, context) };
    return { ...list, field: { name: 'value', label: fieldLabel(name), ...widget('value', items, context) } };
  }
  if (schema.type === 'object') return { widget: 'object', fields: fields(schema, context) };
  return { widget: 'string' };
}

function fields(schema: JsonSchema, context: Context): Field[] {
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>).map(([name, property]) => ({
    name,
    label: fieldLabel(name),
    ...widget(name, property, context),
    // Sveltia marks every field required unless told otherwise; empty optional ones are left out of the file.
    ...(required.has(name) ? {} : { required: false }),
    ...(property.default !== undefined && !(Array.isArray(property.default) && property.default.length === 0) ? { default: property.default } : {}),
    ...(typeof property.description === 'string' ? { hint: property.description } : {}),
  }));
}

/** The Markdown body below the frontmatter, edited as source so nothing is rewritten. */
const BODY: Field = { name: 'body', label: 'Body', widget: 'markdown', required: false, modes: ['raw', 'rich_text'], sanitize_preview: true };

function collection(layout: CollectionLayout, context: Context): Field {
  const schema = context.json.get(layout.name)!;
  const description = `${layout.description.replace(/ \(.*\)$/, '')} (${layout.file ?? `${layout.folder}/`})`;
  if (layout.file) {
    return {
      name: layout.name,
      label: layout.label,
      description,
      files: [{ name: layout.name, label: layout.label, file: layout.file, fields: fields(schema, context) }],
    };
  }
  const identifier = identifierField(schema);
  return {
    name: layout.name,
    label: layout.label,
    label_singular: fieldLabel(layout.singular),
    description,
    folder: layout.folder,
    ...(layout.path ? { path: layout.path } : {}),
    // The file name is the id others refer to: offered from the template, editable until first saved.
    slug: { template: layout.slug ?? '{{slug}}', editable: ['create'] },
    extension: 'md',
    format: 'yaml-frontmatter',
    create: true,
    // Without a text field an entry is listed by its file name, the id the check uses.
    ...(identifier ? { identifier_field: identifier, summary: `{{${identifier}}}` } : { summary: '{{slug}}' }),
    fields: [...fields(schema, context), BODY],
  };
}

export function buildSveltiaConfig(layouts: CollectionLayout[], json: ReadonlyMap<string, JsonSchema>): Record<string, unknown> {
  const context: Context = { layouts: new Map(layouts.map((l) => [l.name, l])), json };
  return {
    backend: CMS_BACKEND,
    app_title: 'Briefing editor',
    // On GitHub every change becomes a pull request (draft → in review → ready), checked by
    // CI and built as a preview; merging it publishes. Sveltia's local and test backends
    // have no branches and save directly.
    publish_mode: 'editorial_workflow',
    media_folder: 'content/images',
    public_folder: '/content/images',
    // Ids are kebab-case ASCII: the file names a new entry gets must pass the check.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', lowercase: true, trim: true },
    output: { omit_empty_optional_fields: true },
    collections: layouts.map((layout) => collection(layout, context)),
  };
}
