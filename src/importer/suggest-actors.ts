// Actors are suggested from their `name` and `aliases` in content/actors/: each match
// carries the phrase and line that triggered it. Longer names win where two overlap
// ("European Commission President" before "European Commission").

export interface ActorProfile {
  id: string;
  names: string[];
}

export interface NameHit {
  id: string;
  phrase: string;
  line: number;
  start: number;
  end: number;
}

export interface ActorSuggestion {
  id: string;
  count: number;
  /** The first phrase that matched and its line. */
  trigger: { phrase: string; line: number };
  /** Every distinct phrase that matched, with counts. */
  phrases: Array<{ phrase: string; count: number }>;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Ukrainian names decline ("Зеленський", "Зеленського", "Зеленському"): a Cyrillic word
// of four letters or more matches from its stem, without its final vowel or soft sign,
// with a case ending of up to four letters.
const CYRILLIC_WORD = /^[\u0400-\u04ff]{4,}$/u;

function wordPattern(word: string): string {
  if (!CYRILLIC_WORD.test(word)) return escape(word);
  return `${escape(word.replace(/(?:[аяоеєиіїйуюь]|ий|ій|ія)$/u, ''))}[\\u0400-\\u04ff]{0,4}`;
}

// Names are matched as written, except that the first letter may change case ("the
// Commission" at the start of a sentence), any run of spaces matches one, and Cyrillic
// words decline.
function namePattern(name: string): RegExp {
  const first = name[0]!;
  const head = first.toLowerCase() !== first.toUpperCase() ? `[${first.toLowerCase()}${first.toUpperCase()}]` : escape(first);
  const words = name.slice(1).split(/ +/);
  const rest = words
    .map((w, i) => (i === 0 ? (CYRILLIC_WORD.test(first + w) ? wordPattern(first + w).slice(escape(first).length) : escape(w)) : wordPattern(w)))
    .join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${head}${rest}(?![\\p{L}\\p{N}])`, 'gu');
}

export function findActorNames(lines: Array<{ text: string; line: number }>, actors: ActorProfile[]): NameHit[] {
  const patterns = actors.flatMap((a) => a.names.filter((n) => n.trim().length >= 2).map((n) => ({ id: a.id, re: namePattern(n.trim()) })));
  const hits: NameHit[] = [];
  for (const { text, line } of lines) {
    const found: NameHit[] = [];
    for (const { id, re } of patterns) {
      for (const m of text.matchAll(re)) found.push({ id, phrase: m[0], line, start: m.index, end: m.index + m[0].length });
    }
    found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
    let until = -1;
    for (const hit of found) {
      if (hit.start < until) continue;
      hits.push(hit);
      until = hit.end;
    }
  }
  return hits;
}

export function suggestActors(hits: NameHit[]): ActorSuggestion[] {
  const byId = new Map<string, NameHit[]>();
  for (const hit of hits) byId.set(hit.id, [...(byId.get(hit.id) ?? []), hit]);
  return [...byId.entries()]
    .map(([id, list]) => {
      const counts = new Map<string, number>();
      for (const h of list) counts.set(h.phrase, (counts.get(h.phrase) ?? 0) + 1);
      return {
        id,
        count: list.length,
        trigger: { phrase: list[0]!.phrase, line: list[0]!.line },
        phrases: [...counts.entries()].map(([phrase, count]) => ({ phrase, count })).sort((a, b) => b.count - a.count || a.phrase.localeCompare(b.phrase)),
      };
    })
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}
