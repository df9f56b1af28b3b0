// Capitalised names in the copy that match no actor: candidates for a new actor file, or
// places and bodies the editor may want to link. Sentence-initial words only count when
// they also appear capitalised mid-sentence (so "The" and "Despite" stay out).
import { bare, capitalisedRuns } from '../pipeline/artifacts/capitalised-runs.ts';
import { isStopword } from '../pipeline/artifacts/text-terms.ts';
import type { NameHit } from './suggest-actors.ts';

const CALENDAR =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;
const DEMONYM = /(?:an|ian|ern|ese|ish|ic|i)$/;

export interface UnknownName {
  name: string;
  count: number;
  line: number;
}

export function findUnknownNames(lines: Array<{ text: string; line: number }>, actorHits: NameHit[], max = 25): UnknownName[] {
  const counts = new Map<string, UnknownName>();
  const midSentence = new Set<string>();
  const pending: Array<{ name: string; line: number }> = [];
  for (const { text, line } of lines) {
    const covered = actorHits.filter((h) => h.line === line);
    for (const run of capitalisedRuns(text)) {
      let words = run.words.map(bare);
      // Leading function words ("The", "In", "While") are capitalised only by position.
      while (words.length && isStopword(words[0]!.toLowerCase())) words = words.slice(1);
      while (words.length && /^\d/.test(words[words.length - 1]!) && words.length === 1) words = [];
      if (!words.length || (words.length === 1 && CALENDAR.test(words[0]!))) continue;
      // A single demonym before a noun ("European leaders") is an adjective, not a name.
      if (words.length === 1 && DEMONYM.test(words[0]!) && run.after && /^\p{Ll}/u.test(run.after)) continue;
      const name = words.join(' ').replace(/\.$/, (dot) => (/\b\p{Lu}\.\p{Lu}\.$/u.test(words.join(' ')) ? dot : ''));
      if (covered.some((h) => run.start < h.end && run.end > h.start)) continue;
      if (run.sentenceStart && run.words.length === 1) pending.push({ name, line });
      else {
        midSentence.add(name);
        const entry = counts.get(name) ?? { name, count: 0, line };
        entry.count++;
        counts.set(name, entry);
      }
    }
  }
  for (const { name, line } of pending) {
    if (!midSentence.has(name)) continue;
    const entry = counts.get(name) ?? { name, count: 0, line };
    entry.count++;
    counts.set(name, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, max);
}
