// Find-and-replace damage: a tool that replaced a name with "name + label" leaves
// phrases like "special envoy to Ukraine Security Guarantees" in the copy. The sign is a
// capitalised phrase that starts with a name the copy otherwise uses on its own, and
// goes on with words that are ordinary lower-case text elsewhere in the same copy (or
// a topic's title). Real names ("European Union", "Security Council") rarely pass both
// tests, and known actor names are never flagged.
import { bare, capitalisedRuns } from './capitalised-runs.ts';
import { fold, isStopword, tokenize } from './text-terms.ts';
import { findStandaloneLabels } from './standalone-labels.ts';

export interface Artifact {
  /** The suspicious phrase as written. */
  phrase: string;
  /** The name it most likely stands for. */
  name: string;
  line: number;
  column: number;
  /** Words around it, to find it in the sentence. */
  before?: string;
  after?: string;
  message: string;
  hint: string;
}

export interface ArtifactOptions {
  /** Names known to be names: actor names, aliases and affiliations. */
  knownNames: string[];
  /** Topic titles: labels a tagging tool may have glued to a name. */
  labels: string[];
}

const LOWER_START = /^\p{Ll}/u;

function lowercaseNgrams(lines: Array<{ text: string }>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { text } of lines) {
    for (const sentence of text.split(/[.!?;:()"“”]+/)) {
      const tokens = tokenize(sentence);
      // Each word is tested once; a run of up to four lower-case words grows its key
      // word by word (the check runs this over every article on a cold run).
      const lower = tokens.map((t) => LOWER_START.test(t.surface));
      for (let i = 0; i < tokens.length; i++) {
        let key = '';
        for (let n = 1; n <= 4 && i + n <= tokens.length; n++) {
          if (!lower[i + n - 1]) break;
          key = n === 1 ? tokens[i]!.term : `${key} ${tokens[i + n - 1]!.term}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
    }
  }
  return counts;
}

export function findArtifacts(lines: Array<{ text: string; line: number }>, options: ArtifactOptions): Artifact[] {
  const known = new Set(options.knownNames);
  const labels = new Set(
    options.labels.map((l) =>
      tokenize(l)
        .map((t) => t.term)
        .join(' '),
    ),
  );
  // Counted only once some phrase needs it: most articles have no phrase that gets that far.
  let lower: Map<string, number> | undefined;
  const runsByLine = lines.map(({ text, line }) => ({ line, runs: capitalisedRuns(text) }));
  // How often each name stands alone: a whole run, possessive stripped.
  const alone = new Map<string, number>();
  for (const { runs } of runsByLine) {
    for (const run of runs) {
      const words = run.words.map(bare);
      while (words.length > 1 && run.sentenceStart && isStopword(words[0]!.toLowerCase())) words.shift();
      const name = words.join(' ');
      alone.set(name, (alone.get(name) ?? 0) + 1);
    }
  }
  const out: Artifact[] = [];
  for (const { line, runs } of runsByLine) {
    for (const run of runs) {
      let words = run.words.map((w, i) => (i === run.words.length - 1 ? bare(w) : w));
      let offset = 0;
      while (words.length > 2 && isStopword(words[0]!.toLowerCase())) {
        offset += run.text.indexOf(words[1]!, offset) - offset;
        words = words.slice(1);
      }
      if (words.length < 2 || known.has(words.join(' '))) continue;
      for (let k = 1; k < words.length; k++) {
        const name = words.slice(0, k).join(' ');
        const rest = words.slice(k);
        if (!rest.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) break; // acronyms, numbers, "U.S.": a real name
        const isName = known.has(name) || (alone.get(name) ?? 0) >= 2;
        if (!isName) continue;
        const restKey = rest.map(fold).join(' ');
        const ordinary = (lower ??= lowercaseNgrams(lines)).get(restKey) ?? 0;
        const isLabel = labels.has(restKey);
        if (ordinary < 2 && !isLabel) continue;
        const phrase = words.join(' ');
        const evidence = [
          `"${name}" stands alone ${alone.get(name) ?? 0} time${alone.get(name) === 1 ? '' : 's'} elsewhere`,
          ordinary >= 2 ? `"${rest.join(' ').toLowerCase()}" is ordinary lower-case text here (${ordinary} times)` : `"${rest.join(' ')}" is a topic title`,
        ];
        out.push({
          phrase,
          name,
          line,
          column: run.start + offset + 1,
          ...(run.before && !run.sentenceStart ? { before: run.before } : {}),
          ...(run.after ? { after: run.after } : {}),
          message: `"${phrase}" looks like find-and-replace damage where the name "${name}" belongs: ${evidence.join(', and ')}`,
          hint: `read the sentence; the copy probably meant "${name}"`,
        });
        break;
      }
    }
  }
  return out;
}

/** Both shapes of the damage, in reading order: what the check and the importer report. */
export function findReplaceArtifacts(lines: Array<{ text: string; line: number }>, options: ArtifactOptions): Artifact[] {
  return [...findArtifacts(lines, options), ...findStandaloneLabels(lines, options.labels)].sort((a, b) => a.line - b.line || a.column - b.column);
}
