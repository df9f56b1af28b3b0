// The other shape of find-and-replace damage: the tool replaced a name with a topic's
// title outright, so "Territory and Borders said", "Territory and Borders' negotiators"
// or "Washington and Territory and Borders" stand where "Kyiv" was. A topic title in
// title case is only flagged where a name belongs: before a possessive, paired with a
// name, or as the subject of a verb of saying. Lower-case uses ("territory and
// borders"), sentence-initial single words and subheads are ordinary text.
import type { Artifact } from './find-artifacts.ts';

const SMALL_WORDS = new Set(['and', 'or', 'of', 'the', 'a', 'an', 'in', 'on', 'for', 'to', 'with']);
/** Verbs a person or a government is the subject of, as wire copy uses them. */
const AGENT_VERBS =
  'said|says|say|told|tells|announced|announces|added|stated|states|warned|warns|insisted|insists|argued|argues|claimed|claims|noted|wrote|replied|responded|stressed|wants|wanted|refused|refuses|rejected|rejects|agreed|agrees|demanded|demands|urged|urges|accused|accuses|denied|denies|confirmed|confirms|welcomed|welcomes|signalled|signaled|is ready|was ready';
const VERB_AFTER = new RegExp(String.raw`^\s+(?:(?:has|had|have|would|will|also|then|later|again)\s+)?(?:${AGENT_VERBS})\b`, 'u');
const POSSESSIVE_AFTER = /^(?:['’]s?)(?![\p{L}])/u;
const NAME_AFTER = /^\s*(?:,|and|or|with)\s+\p{Lu}\p{Ll}/u;
const NAME_BEFORE = /\p{Lu}[\p{L}.]*(?:,|\s+(?:and|or|with|between))\s*$/u;
const CAPITALISED_NEIGHBOUR_BEFORE = /\p{Lu}[\p{L}.'’-]*\s$/u;
const CAPITALISED_NEIGHBOUR_AFTER = /^\s\p{Lu}/u;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "Territory and borders" → a pattern for "Territory and Borders" (content words capitalised). */
function titleCasePattern(label: string): { re: RegExp; words: number } | undefined {
  const words = label.split(/\s+/).filter(Boolean);
  const parts = words.map((w) => {
    if (SMALL_WORDS.has(w.toLowerCase())) return `(?:${escape(w.toLowerCase())}|${escape(w[0]!.toUpperCase() + w.slice(1).toLowerCase())})`;
    if (!/^\p{L}/u.test(w)) return escape(w);
    return escape(w[0]!.toUpperCase()) + escape(w.slice(1));
  });
  if (!words.some((w) => /^\p{L}/u.test(w))) return undefined;
  return { re: new RegExp(`(?<![\\p{L}\\p{N}])${parts.join('\\s+')}(?![\\p{L}\\p{N}])`, 'gu'), words: words.length };
}

function sentenceStart(before: string): boolean {
  const prefix = before.trimEnd();
  return prefix === '' || /[.!?:"“‘(—–]$/.test(prefix);
}

export function findStandaloneLabels(lines: Array<{ text: string; line: number }>, labels: string[]): Artifact[] {
  const patterns = labels.flatMap((label) => {
    const p = titleCasePattern(label);
    return p ? [{ label, ...p }] : [];
  });
  const out: Artifact[] = [];
  for (const { text, line } of lines) {
    if (!/[.!?…"”,;]$/.test(text.trim())) continue; // a subhead, not a sentence
    for (const { label, re, words } of patterns) {
      for (const m of text.matchAll(re)) {
        const phrase = m[0];
        // All capitalised words must be capitalised as written: "Territory and borders"
        // at the start of a sentence is the plain phrase.
        if (phrase.split(/\s+/).some((w) => !SMALL_WORDS.has(w.toLowerCase()) && /^\p{Ll}/u.test(w))) continue;
        const before = text.slice(0, m.index);
        const after = text.slice(m.index + phrase.length);
        if (words === 1 && sentenceStart(before)) continue;
        // Part of a longer name ("Moscow Sanctions" is the other detector's; "Sanctions
        // Envoy Lee" a title): leave it.
        if (CAPITALISED_NEIGHBOUR_BEFORE.test(before) || CAPITALISED_NEIGHBOUR_AFTER.test(after)) continue;
        const why = POSSESSIVE_AFTER.test(after)
          ? 'it takes a possessive'
          : VERB_AFTER.test(after)
            ? `it is the subject of "${VERB_AFTER.exec(after)![0].trim()}"`
            : NAME_BEFORE.test(before) || NAME_AFTER.test(after)
              ? 'it is paired with a name'
              : undefined;
        if (!why) continue;
        out.push({
          phrase,
          name: '',
          line,
          column: m.index + 1,
          message: `the topic title "${phrase}" stands where a name belongs (${why}): likely find-and-replace damage`,
          hint: `read the sentence and put back the name the tool replaced with "${label}"`,
        });
      }
    }
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}
