import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../src/importer/classify-lines.ts';
import { splitDateline } from '../../src/importer/dateline.ts';
import { decodeInput } from '../../src/importer/decode-input.ts';
import { findStructure, isHeadingLine } from '../../src/importer/find-structure.ts';
import { escapeMarkdown, toMarkdown } from '../../src/importer/to-markdown.ts';
import { fixture } from './helpers.ts';

function structureOf(text: string) {
  return findStructure(classifyLines(text.split('\n')));
}

describe('decodeInput', () => {
  it('reads UTF-8 with a BOM and CRLF line endings', () => {
    const decoded = decodeInput(fixture('ap-style-crlf-bom.txt'));
    expect(decoded.ok).toBe(true);
    if (decoded.ok) {
      expect(decoded.text).not.toMatch(/\r|\ufeff/);
      expect(decoded.lines[0]).toBe('Advertisement');
    }
  });

  it('refuses UTF-16, binary and empty input with a sentence, not an exception', () => {
    expect(decodeInput(fixture('utf16le.txt'))).toMatchObject({ ok: false, message: 'the input is encoded as UTF-16, not UTF-8' });
    expect(decodeInput(fixture('binary.txt'))).toMatchObject({ ok: false, message: expect.stringContaining('binary') });
    expect(decodeInput(new TextEncoder().encode(' \n\n'))).toMatchObject({ ok: false, message: 'the input is empty' });
  });
});

describe('findStructure', () => {
  it('finds the headline, headings, paragraphs and lists', () => {
    const s = structureOf(
      'A headline of some length\nFirst paragraph, a sentence.\nA Short Heading\nSecond paragraph.\nKey issues include:\n- one\n- two\n• three\nLast line.',
    );
    expect(s.headline).toEqual({ text: 'A headline of some length', line: 1 });
    expect(s.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph', 'list', 'paragraph']);
    const list = s.blocks[4]!;
    expect(list.kind === 'list' && list.items.map((i) => i.text)).toEqual(['one', 'two', 'three']);
  });

  it('treats a title-case question as a heading and a sentence-case one as text', () => {
    expect(isHeadingLine('A Turning Point in the Ukraine Conflict?')).toBe(true);
    expect(isHeadingLine('Will the talks resume next week?')).toBe(false);
    expect(isHeadingLine('It would also serve as a foundation for broader peace negotiations and reconstruction efforts that could last')).toBe(false);
  });

  it('joins hard-wrapped lines back into one paragraph', () => {
    const s = structureOf('Headline for the wrapped story\n\nThe ministers met on Tuesday and\nagreed to meet again next week.\n\nAnother paragraph.');
    expect(s.blocks[0]).toMatchObject({ kind: 'paragraph', text: 'The ministers met on Tuesday and agreed to meet again next week.', lines: [3, 4] });
  });

  it('drops the linked headlines that follow "Related Coverage"', () => {
    const lines = classifyLines(['Related Coverage', 'Kremlin says no date set for next round of talks', 'Rubio said the talks would go on.']);
    expect(lines.map((l) => l.kind)).toEqual(['junk', 'junk', 'text']);
  });
});

describe('splitDateline', () => {
  it.each([
    ['KYIV, May 28 (Reuters) - Ukraine said…', 'KYIV, May 28 (Reuters)', 'Reuters'],
    ['BRUSSELS (AP) — NATO ministers met…', 'BRUSSELS (AP)', 'AP'],
    ['(Bloomberg) -- Ukraine said…', '(Bloomberg)', 'Bloomberg'],
    ['MOSCOW, June 2 (AFP) - Russia said…', 'MOSCOW, June 2 (AFP)', 'AFP'],
  ])('%s', (paragraph, text, agency) => {
    const split = splitDateline(paragraph);
    expect(split.dateline).toMatchObject({ text, agency });
    expect(split.rest).toMatch(/^\w+ /);
  });

  it('leaves a paragraph without a dateline alone', () => {
    expect(splitDateline('NATO said on Tuesday that talks would resume.')).toEqual({ rest: 'NATO said on Tuesday that talks would resume.' });
  });
});

describe('toMarkdown', () => {
  it('escapes Markdown syntax in wire text and maps input lines to body lines', () => {
    expect(escapeMarkdown('1. not a list *not bold* <b>')).toBe('1\\. not a list \\*not bold\\* \\<b>');
    const body = toMarkdown([
      { kind: 'heading', text: 'Heading', line: 3 },
      { kind: 'paragraph', text: 'Text.', line: 4, lines: [4] },
      {
        kind: 'list',
        ordered: false,
        items: [
          { text: 'a', line: 6 },
          { text: 'b', line: 7 },
        ],
        line: 6,
      },
    ]);
    expect(body.markdown).toBe('## Heading\n\nText.\n\n- a\n- b');
    expect([...body.lineMap]).toEqual([
      [3, 1],
      [4, 3],
      [6, 5],
      [7, 6],
    ]);
  });
});
