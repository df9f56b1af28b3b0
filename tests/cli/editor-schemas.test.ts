import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { editorCollections, layoutOf } from '../../src/editor-schemas/collections.ts';
import { readDocComments } from '../../src/editor-schemas/doc-comments.ts';
import { generateEditorFiles } from '../../src/editor-schemas/generate.ts';
import { textLengths } from '../../src/editor-schemas/json-schemas.ts';
import { contentIds } from '../../src/editor-schemas/references.ts';
import { buildSveltiaConfig } from '../../src/editor-schemas/sveltia-config.ts';
import { plainText } from '../../src/pipeline/schema/fields.ts';
import { schemas } from '../../src/pipeline/schema/index.ts';

type Json = Record<string, any>;

const root = resolve(__dirname, '../..');

describe('editor schemas', () => {
  const files = generateEditorFiles(root);

  it.each([...files.keys()])('%s is current (run npm run schema after changing a schema)', (path) => {
    expect(readFileSync(join(root, path), 'utf8')).toBe(files.get(path));
  });

  it('carries the doc comments, lengths, enums and https-only rule', () => {
    const article = JSON.parse(files.get('schemas/article.schema.json')!);
    expect(article.additionalProperties).toBe(false);
    expect(article.required).toEqual(['title', 'summary', 'published', 'topics', 'sources']);
    expect(article.properties.title).toMatchObject({ minLength: 10, maxLength: 160, description: 'Headline, 10–160 characters of plain text.' });
    expect(article.properties.status.enum).toEqual(['draft', 'published', 'withdrawn']);
    expect(article.properties.claims.items.properties.status.enum).toEqual(['claimed', 'unconfirmed', 'confirmed', 'disputed', 'denied', 'retracted']);
    expect(article.properties.sources.items.properties.url).toMatchObject({ pattern: '^https://' });
    const frontmatter = JSON.parse(files.get('frontmatter.json')!);
    const types = frontmatter['frontMatter.taxonomy.contentTypes'].map((t: { name: string }) => t.name);
    // One content type per folder collection of the registry, whatever collections it grows.
    expect(types).toEqual(
      editorCollections()
        .filter((l) => !l.file)
        .map((l) => l.singular),
    );
    expect(types.slice(0, 3)).toEqual(['article', 'actor', 'topic']);
  });

  it('gives every field of every schema its own description, from the comment beside it', () => {
    const article = JSON.parse(files.get('schemas/article.schema.json')!);
    const source = article.properties.sources.items.properties;
    expect(source.published.description).toBe('When the source itself was published (optional).');
    expect(source.accessed.description).toBe('When the editor last read it (optional).');
    expect(article.properties.events.items.properties.date.description).toBe('When it happened (ISO 8601).');
    // The shared id schema once carried the claim's "by" text into every id list.
    expect(article.properties.topics.items.description).toBe('A topic id: the name of a file in content/topics/');
    expect(article.properties.claims.items.properties.by.description).toBe('Actor id of who made the claim.');
    const undescribed: string[] = [];
    const walk = (node: Json, path: string) => {
      for (const [key, property] of Object.entries((node.properties ?? {}) as Record<string, Json>)) {
        if (!property.description) undescribed.push(`${path}${key}`);
        walk(property, `${path}${key}.`);
        if (property.items) walk(property.items, `${path}${key}[].`);
      }
    };
    for (const [path, text] of files) if (path.startsWith('schemas/')) walk(JSON.parse(text), `${path}: `);
    expect(undescribed).toEqual([]);
  });

  it('lists the ids in content/ as the allowed values of id fields, and follows the content', () => {
    const ids = contentIds(root);
    const article = JSON.parse(files.get('schemas/article.schema.json')!);
    expect(article.properties.topics.items.enum).toEqual(ids.get('topics'));
    expect(article.properties.topics.items.enum).toContain('sanctions');
    expect(article.properties.actors.items.enum).toEqual(ids.get('actors'));
    expect(article.properties.claims.items.properties.by.enum).toEqual(ids.get('actors'));
    expect(article.properties.claims.items.properties.id.enum).toBeUndefined();
    expect(JSON.parse(files.get('schemas/site.schema.json')!).properties.lead.enum).toEqual(ids.get('articles'));
    // A new topic file changes the schemas (the stale test then asks for npm run schema).
    const project = mkdtempSync(join(tmpdir(), 'briefing-schemas-'));
    cpSync(join(root, 'content'), join(project, 'content'), { recursive: true });
    writeFileSync(join(project, 'content/topics/energy.md'), '---\ntitle: Energy\n---\n');
    expect(contentIds(project).get('topics')).toEqual([...ids.get('topics')!, 'energy'].sort());
    // The web editor's config reads ids live (relation widgets), so it does not change.
    const regenerated = generateEditorFiles(root, join(project, 'content'));
    expect(regenerated.get('public/admin/config.json')).toBe(files.get('public/admin/config.json'));
  });
});

describe('the web editor configuration (public/admin/config.json)', () => {
  const files = generateEditorFiles(root);
  const config = JSON.parse(files.get('public/admin/config.json')!) as Json;
  const collection = (name: string) => config.collections.find((c: Json) => c.name === name) as Json;
  const field = (fields: Json[], name: string) => fields.find((f) => f.name === name) as Json;

  it("is valid against Sveltia CMS's own configuration schema", () => {
    const schema = JSON.parse(readFileSync(join(root, 'node_modules/@sveltia/cms/schema/sveltia-cms.json'), 'utf8'));
    const isRegex = (s: string) => {
      try {
        return Boolean(new RegExp(s));
      } catch {
        return false;
      }
    };
    const validate = new Ajv({ strict: false, allErrors: true, logger: false, formats: { regex: isRegex } }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(validate({ ...config, collections: [{ ...config.collections[0], folders: 'typo' }] })).toBe(false);
  });

  it('has one collection per collection of the schema registry, in its folder', () => {
    expect(config.collections.map((c: Json) => c.name)).toEqual(Object.keys(schemas).filter((name) => layoutOf(name)));
    expect(collection('articles')).toMatchObject({ folder: 'content/articles', path: '{{year}}/{{slug}}', extension: 'md', format: 'yaml-frontmatter' });
    expect(collection('actors')).toMatchObject({ folder: 'content/actors', identifier_field: 'name' });
    expect(collection('site').files).toMatchObject([{ name: 'site', file: 'content/site.yaml' }]);
    expect(config.output).toEqual({ omit_empty_optional_fields: true });
  });

  it('names only fields a collection has as its identifier (Sveltia refuses the whole config otherwise)', () => {
    for (const c of config.collections.filter((c: Json) => c.folder) as Json[]) {
      if (c.identifier_field !== undefined)
        expect(
          c.fields.map((f: Json) => f.name),
          c.name,
        ).toContain(c.identifier_field);
    }
    // Days have no text field: the date in the file name is what an entry is listed by.
    expect(collection('days').identifier_field).toBeUndefined();
    expect(collection('days')).toMatchObject({ summary: '{{slug}}', slug: { template: '{{year}}-{{month}}-{{day}}' } });
  });

  it('makes ids relations, enums selects, and marks what the schema requires', () => {
    const article = collection('articles').fields as Json[];
    expect(field(article, 'topics')).toMatchObject({
      widget: 'relation',
      collection: 'topics',
      value_field: '{{slug}}',
      search_fields: ['title'],
      multiple: true,
      min: 1,
    });
    expect(field(article, 'actors')).toMatchObject({ widget: 'relation', collection: 'actors', display_fields: ['name'], multiple: true, required: false });
    const claim = field(article, 'claims').fields as Json[];
    expect(field(claim, 'by')).toMatchObject({ widget: 'relation', collection: 'actors' });
    expect(field(claim, 'by').multiple).toBeUndefined();
    expect(field(claim, 'status')).toMatchObject({ widget: 'select', options: ['claimed', 'unconfirmed', 'confirmed', 'disputed', 'denied', 'retracted'] });
    expect(field(claim, 'id')).toMatchObject({ widget: 'string', required: false });
    expect(field(article, 'status')).toMatchObject({ widget: 'select', options: ['draft', 'published', 'withdrawn'], default: 'published', required: false });
    expect(field(article, 'title')).toMatchObject({ widget: 'string', minlength: 10, maxlength: 160, hint: 'Headline, 10–160 characters of plain text.' });
    expect(field(article, 'title').required).toBeUndefined();
    expect(field(article, 'published').pattern[0]).toMatch(/^\^\\d\{4\}/);
    expect(field(field(article, 'sources').fields, 'url')).toMatchObject({ type: 'url', pattern: ['^https://', 'an https:// address'] });
    expect(field(collection('topics').fields, 'order')).toMatchObject({ widget: 'number', value_type: 'int', min: 0 });
    expect(field(collection('site').files[0].fields, 'lead')).toMatchObject({ widget: 'relation', collection: 'articles', required: false });
    expect(field(article, 'body')).toMatchObject({ widget: 'markdown', modes: ['raw', 'rich_text'], sanitize_preview: true });
  });

  it('picks up a collection added to the registry, with its relations and image fields', () => {
    const authors = { type: 'object', properties: { name: { type: 'string', minLength: 2 }, role: { type: 'string' } }, required: ['name'] };
    const item = {
      type: 'object',
      properties: {
        title: { type: 'string' },
        authors: { type: 'array', items: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' } },
        image: { type: 'object', properties: { src: { type: 'string' }, alt: { type: 'string' } }, required: ['src', 'alt'] },
      },
      required: ['title'],
    };
    const layouts = [layoutOf('articles')!, layoutOf('authors')!, layoutOf('updates')!];
    const built = buildSveltiaConfig(
      layouts,
      new Map<string, Json>([
        ['articles', item],
        ['authors', authors],
        ['updates', authors],
      ]),
    ) as Json;
    const [articles, people, updates] = built.collections as Json[];
    expect(people).toMatchObject({ name: 'authors', folder: 'content/authors', label_singular: 'Author', identifier_field: 'name' });
    expect(updates).toMatchObject({ folder: 'content/updates', slug: { template: '{{year}}-{{month}}-{{day}}-{{slug}}', editable: ['create'] } });
    expect(people!.slug).toEqual({ template: '{{slug}}', editable: ['create'] });
    expect(field(articles!.fields, 'authors')).toMatchObject({ widget: 'relation', collection: 'authors', multiple: true });
    expect(field(field(articles!.fields, 'image').fields, 'src')).toMatchObject({ widget: 'image', choose_url: false });
    expect(layoutOf('translations')).toBeUndefined();
    expect(editorCollections().map((l) => l.name)).toContain('site');
  });

  it('reads field docs per object, and text lengths from the schema itself', () => {
    const docs = readDocComments([
      'const a = z.strictObject({\n  /** The name. */\n  name: x,\n  inner: z.strictObject({\n    /** Inner. */\n    deep: y,\n  }),\n});',
    ]);
    expect(docs.get('inner,name')).toEqual(new Map([['name', 'The name.']]));
    expect(docs.get('deep')).toEqual(new Map([['deep', 'Inner.']]));
    expect(textLengths(plainText(3, 12))).toEqual({ min: 3, max: 12 });
  });
});
