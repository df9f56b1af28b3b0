import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocComments } from '../../src/editor-schemas/doc-comments.ts';
import { generateEditorFiles } from '../../src/editor-schemas/generate.ts';
import { textLengths } from '../../src/editor-schemas/json-schemas.ts';
import { plainText } from '../../src/pipeline/schema/fields.ts';

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
    expect(article.properties.status.enum).toEqual(['draft', 'published']);
    expect(article.properties.claims.items.properties.status.enum).toEqual(['claimed', 'unconfirmed', 'confirmed', 'disputed', 'denied', 'retracted']);
    expect(article.properties.sources.items.properties.url).toMatchObject({ pattern: '^https://' });
    const frontmatter = JSON.parse(files.get('frontmatter.json')!);
    const types = frontmatter['frontMatter.taxonomy.contentTypes'].map((t: { name: string }) => t.name);
    expect(types).toEqual(['article', 'actor', 'topic', 'territory']);
  });

  it('reads field docs per object, and text lengths from the schema itself', () => {
    const docs = readDocComments(['const a = z.strictObject({\n  /** The name. */\n  name: x,\n  inner: z.strictObject({\n    /** Inner. */\n    deep: y,\n  }),\n});']);
    expect(docs.get('inner,name')).toEqual(new Map([['name', 'The name.']]));
    expect(docs.get('deep')).toEqual(new Map([['deep', 'Inner.']]));
    expect(textLengths(plainText(3, 12))).toEqual({ min: 3, max: 12 });
  });
});
