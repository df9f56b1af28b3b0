// Text in every script: legitimate text passes intact and is counted as readers count
// it; invisible or spoofing text is refused with the field named.
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/pipeline/analyze-file.ts';
import { formatDiagnostic } from '../../src/pipeline/format-diagnostics.ts';
import { articleSchema } from '../../src/pipeline/schema/index.ts';
import { clipText, graphemeLength } from '../../src/pipeline/text/clip-text.ts';
import { findHiddenCharacter } from '../../src/pipeline/text/visible-text.ts';

const LEGITIMATE = {
  'a ZWJ family emoji': 'Families 👩‍👩‍👧‍👦 and a rainbow flag 🏳️‍🌈',
  'flags': 'Flags of Ukraine 🇺🇦 and the EU 🇪🇺',
  'a subdivision flag (tag characters)': 'The flag of Scotland 🏴󠁧󠁢󠁳󠁣󠁴󠁿 in a line',
  'skin tones and keycaps': 'Thumbs 👍🏽 and the keycap 1️⃣',
  'Devanagari with ZWJ and ZWNJ': 'क्‍ष and क्‌ष are written differently',
  'Persian with ZWNJ': 'می‌خواهم این متن را بخوانم',
  'Arabic': 'مفاوضات السلام في أوكرانيا',
  'Hebrew with an RLM': 'שיחות שלום‏ 2025',
  'CJK without spaces': '和平谈判在阿拉斯加举行没有结果',
  'Cyrillic': 'Мирні переговори у Києві',
  'combining accents': 'Cafe\u0301 au lait',
};

const SPOOFING: Record<string, [string, string]> = {
  'a bidi override': ['Bidi \u202eoverride in a headline', 'U+202E'],
  'a bidi isolate': ['Isolate \u2066text\u2069 in a headline', 'U+2066'],
  'a lone ZWJ': ['A lone \u200d joiner in a headline', 'U+200D'],
  'a ZWJ inside a Latin word': ['Pay\u200dpal is not Paypal here', 'U+200D'],
  'a ZWNJ at the start': ['\u200cStarts with a non-joiner', 'U+200C'],
  'tag characters outside a flag': ['Hidden \u{E0041}\u{E0042} tags in text', 'U+E0041'],
  'a zero-width space': ['Zero\u200bwidth space in a headline', 'U+200B'],
  'a Hangul filler': ['Filler \u3164 in a headline', 'U+3164'],
  'a lone surrogate': ['Broken \ud800 character here', 'U+D800'],
};

describe('visible text', () => {
  for (const [what, text] of Object.entries(LEGITIMATE)) {
    it(`accepts ${what}`, () => {
      expect(findHiddenCharacter(text.normalize('NFC'))).toBeUndefined();
      const parsed = articleSchema.shape.title.safeParse(text);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(parsed.data).toBe(text.normalize('NFC'));
    });
  }

  for (const [what, [text, code]] of Object.entries(SPOOFING)) {
    it(`refuses ${what}`, () => {
      const problem = findHiddenCharacter(text);
      expect(problem?.message).toContain(code);
    });
  }

  it('refuses text with nothing visible in it', () => {
    expect(findHiddenCharacter('\u200f\u200e\ufe0f')?.message).toBe('holds no visible character');
  });

  it('counts a title of exactly the maximum in graphemes, after NFC', () => {
    const family = '👩‍👩‍👧‍👦';
    expect(graphemeLength(family)).toBe(1);
    expect(articleSchema.shape.title.safeParse(family.repeat(160)).success).toBe(true);
    expect(articleSchema.shape.title.safeParse(family.repeat(161)).success).toBe(false);
    // 160 "é" written decomposed are 320 code points but 160 characters.
    expect(articleSchema.shape.title.safeParse('e\u0301'.repeat(160)).success).toBe(true);
  });

  it('counts graphemes as the segmenter does, on the fast path and off it', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
    const bySegmenter = (text: string) => [...segmenter.segment(text)].length;
    for (const text of [
      '',
      'Plain ASCII, with\nnew lines',
      'CR LF\r\nis one',
      'Café naïve ßtraße ĳ ǅ',
      'e\u0301 decomposed',
      'Київ і Харків',
      '🇺🇦 flag',
      'tab\tand \u02ff edge',
    ])
      expect(graphemeLength(text), JSON.stringify(text)).toBe(bySegmenter(text));
  });

  it('names the field of a lone surrogate written as a YAML escape', () => {
    const text =
      '---\ntitle: "A title with \\uD800 a lone surrogate"\nsummary: A summary that is long enough to pass the schema of an item.\npublished: 2025-08-17\ntopics: [things]\nsources:\n  - name: Invented\n    url: https://source.example/\n---\n';
    const { record } = analyzeFile({ file: 'content/articles/x.md', collection: 'articles', id: 'x' }, new TextEncoder().encode(text));
    expect(record.diagnostics.map(formatDiagnostic)).toEqual([
      'content/articles/x.md:2:1 title: contains a broken character (the lone surrogate U+D800) at position 14 [hidden-character]',
    ]);
  });
});

describe('clipText', () => {
  it('cuts at a word boundary, counts the ellipsis, and never splits a grapheme', () => {
    expect(clipText('one two three four five', 13)).toBe('one two…');
    expect(clipText('short', 10)).toBe('short');
    const emoji = '👩‍👩‍👧‍👦🇺🇦'.repeat(20);
    const clipped = clipText(emoji, 9);
    expect(graphemeLength(clipped)).toBe(9);
    expect(clipped).not.toContain('\ufffd');
    expect(clipped.isWellFormed()).toBe(true);
    expect(clipped.startsWith('👩‍👩‍👧‍👦🇺🇦')).toBe(true);
  });

  it('clips text without spaces between words and keeps combined characters whole', () => {
    const clipped = clipText('和平谈判在阿拉斯加举行没有结果和平谈判在阿拉斯加举行没有结果', 10);
    expect(graphemeLength(clipped)).toBeLessThanOrEqual(10);
    expect(clipText('क्षत्रिय क्षत्रिय क्षत्रिय', 6).isWellFormed()).toBe(true);
    expect(clipText('e\u0301'.repeat(30), 5)).toBe('éééé…');
  });
});
