// The importer on each shape of raw copy (the table in wire-shapes.ts): the draft's
// title, id, date, body, provenance, suggestions and warnings.
import { describe, expect, it } from 'vitest';
import { draftBody, importFixture, type Imported } from './helpers.ts';
import { SHAPES } from './wire-shapes.ts';

function field(result: Imported, key: string): string | undefined {
  return new RegExp(`^${key}: (.*?)(?:\\s+#.*)?$`, 'm').exec(result.text)?.[1];
}

describe('the importer on each shape of raw copy', () => {
  describe.each(SHAPES)('$name', (shape) => {
    const result = importFixture(shape.name);
    const text = draftBody(result.text);

    it('takes the real headline as title and id, and the copy’s own date', () => {
      expect(field(result, 'title')?.replace(/^"|"$/g, '')).toBe(JSON.parse(JSON.stringify(shape.title)));
      expect(result.id).toBe(shape.id);
      expect(result.file).toBe(`content/articles/${shape.published.slice(0, 4)}/${shape.id}.md`);
      expect(field(result, 'published')).toBe(shape.published);
      expect(result.report.published).toMatchObject({ value: shape.published });
      expect(text).not.toContain('TODO');
    });

    it('keeps the story and drops the junk', () => {
      expect(text.trimStart().startsWith(shape.opens)).toBe(true);
      for (const junk of shape.junk) expect(text, junk).not.toContain(junk);
    });

    it('keeps the provenance: agency or channel, credits as notes, the input’s hash', () => {
      expect(result.report.agency ?? (result.report.channel ? `${result.report.channel} (Telegram)` : undefined)).toBe(shape.source);
      if (shape.source) expect(result.text).toContain(`name: ${shape.source}`);
      for (const note of shape.notes ?? []) expect(result.text).toContain(`: ${note}`);
      expect(result.text).toMatch(/# sha256 of the raw input: [0-9a-f]{64}/);
    });

    it('suggests the topics and actors the copy is about', () => {
      expect(result.report.topics.filter((t) => t.strong).map((t) => t.id)).toEqual(shape.topics);
      expect(result.report.actors.map((a) => a.id).sort()).toEqual([...shape.actors].sort());
    });

    it(shape.artifacts ? 'warns about every artifact, and only those, with its line' : 'gives no warning', () => {
      expect(result.report.artifacts.map((a) => [a.phrase, a.line])).toEqual(shape.artifacts ?? []);
      expect(result.report.headlineUnsure).toBeUndefined();
      if (!shape.artifacts) expect(result.text).not.toContain('WARNING');
    });
  });

  it('repairs mojibake and says what it repaired', () => {
    const result = importFixture('word-paste.txt');
    expect(result.report.repairs).toEqual(
      expect.arrayContaining([
        { from: 'â€™', to: '’', count: 4 },
        { from: 'â€œ', to: '“', count: 3 },
        { from: 'â€\u009d', to: '”', count: 3 },
        { from: 'Â\u00a0', to: '\u00a0', count: 1 },
      ]),
    );
    expect(result.text).toContain('# Repaired text decoded with the wrong code page: â€™ → ’ ×4');
  });

  it('points each warning at the draft line that holds the phrase', () => {
    const result = importFixture('reuters-two-artifacts.txt');
    const lines = result.text.split('\n');
    for (const a of result.report.artifacts) expect(lines[a.draftLine! - 1], a.phrase).toContain(a.phrase);
  });
});
