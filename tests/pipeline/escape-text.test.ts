import { describe, expect, it } from 'vitest';
import { hasUnsafeCharacters, safeJson, visible } from '../../src/pipeline/escape-text.ts';

describe('escape-text', () => {
  it('shows controls, ANSI escapes, bidi controls and lone surrogates as visible escapes', () => {
    expect(visible('a\u001b[2Jb\r\n\t')).toBe('a\\e[2Jb\\r\\n\\t');
    expect(visible('x\u202ey\u2066z\u200f')).toBe('x\\u{202E}y\\u{2066}z\\u{200F}');
    expect(visible('\u009b31m\u007f')).toBe('\\u{9B}31m\\u{7F}');
    expect(visible('lone \ud800 and \udfff')).toBe('lone \\u{D800} and \\u{DFFF}');
  });

  it('leaves legitimate text of every script alone', () => {
    for (const text of ['Київ', 'مرحبا بالعالم', 'שלום', '東京都', 'क्‍ष and क्‌ष', '👩‍👩‍👧 🇺🇦 🏴󠁧󠁢󠁷󠁬󠁳󠁿', 'naïve']) {
      expect(visible(text)).toBe(text);
      expect(hasUnsafeCharacters(text)).toBe(false);
    }
    expect(hasUnsafeCharacters('a\u001bb')).toBe(true);
  });

  it('writes JSON whose values are the original text but whose bytes hold no raw control', () => {
    const value = { file: 'x\u202e\u0085y\u001b', n: 1 };
    const json = safeJson(value, 2);

    expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
