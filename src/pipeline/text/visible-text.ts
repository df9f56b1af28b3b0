// What a one-line text field may hold. Legitimate text of every script passes: emoji
// joined with ZWJ, flags and subdivision flags (tag characters), ZWJ/ZWNJ inside words
// of scripts that need them (Devanagari, Bengali, Persian, …), Arabic and Hebrew with
// their own direction (the directional marks LRM/RLM/ALM included). Refused: controls,
// bidi embeddings, overrides and isolates (they reorder what a reader sees), invisible
// spaces and fillers, joiners outside those contexts, tag characters outside a flag, and
// lone surrogates (a broken character that prints as U+FFFD).

// eslint-disable-next-line no-control-regex
const ALWAYS_HIDDEN = /[\u0000-\u001f\u007f-\u009f\u00ad\u115f\u1160\u180e\u200b\u202a-\u202e\u2060-\u2064\u2066-\u2069\u2800\u3164\ufeff\uffa0\ufff9-\ufffb]/u;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** A subdivision flag: black flag, tag letters, cancel tag (🏴󠁧󠁢󠁳󠁣󠁴󠁿). */
const TAG_SEQUENCE = /\u{1F3F4}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{1,6}\u{E007F}/gu;
const TAG = /[\u{E0000}-\u{E007F}]/u;
/** ZWJ between emoji (with their modifiers and presentation selectors). */
const EMOJI_JOIN = /(?<=[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{FE0F}\u{20E3}])\u200d(?=\p{Extended_Pictographic})/gu;
/** ZWJ or ZWNJ inside a word of a script that shapes with them (not Latin, Greek, Cyrillic). */
const SCRIPT_JOIN =
  /(?<=[\p{L}\p{M}])(?<![\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])[\u200c\u200d](?=[\p{L}\p{M}])(?![\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])/gu;
const JOINER = /[\u200c\u200d]/u;
/** Marks and selectors that show nothing by themselves. */
// eslint-disable-next-line no-misleading-character-class -- joiners, selectors and marks one by one: text made only of them is invisible
const INVISIBLE_ALONE = /^[\s\u200c-\u200f\u061c\ufe00-\ufe0f\u{e0100}-\u{e01ef}\p{M}]*$/u;

export interface TextProblem {
  /** 1-based position in code points. */
  position: number;
  message: string;
}

function codePointName(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

function at(value: string, index: number): number {
  return [...value.slice(0, index)].length + 1;
}

/** The first character a reader should not get in this text, or undefined. */
export function findHiddenCharacter(value: string): TextProblem | undefined {
  const lone = LONE_SURROGATE.exec(value);
  if (lone)
    return {
      position: at(value, lone.index),
      message: `contains a broken character (the lone surrogate ${codePointName(lone[0])}) at position ${at(value, lone.index)}`,
    };
  const hidden = ALWAYS_HIDDEN.exec(value);
  if (hidden)
    return {
      position: at(value, hidden.index),
      message: `contains the invisible character ${codePointName(hidden[0])} at position ${at(value, hidden.index)}`,
    };
  // Allowed sequences are blanked out (same length) so what remains are the stray ones.
  const blank = (match: string) => ' '.repeat(match.length);
  const rest = value.replace(TAG_SEQUENCE, blank).replace(EMOJI_JOIN, blank).replace(SCRIPT_JOIN, blank);
  const stray = TAG.exec(rest) ?? JOINER.exec(rest);
  if (stray) {
    const what = JOINER.test(stray[0]) ? 'outside an emoji sequence or a word that needs it' : 'outside a flag';
    return {
      position: at(value, stray.index),
      message: `contains the invisible character ${codePointName(stray[0])} ${what}, at position ${at(value, stray.index)}`,
    };
  }
  if (value.trim() !== '' && INVISIBLE_ALONE.test(value)) return { position: 1, message: 'holds no visible character' };
  return undefined;
}
