import { distance } from 'fastest-levenshtein';

/** The closest known value, when it is close enough to be a plausible typo. */
export function closest(value: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const needle = value.toLowerCase();
  for (const candidate of known) {
    const d = distance(needle, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // Two edits cover a swapped pair of letters (`titel`), except in very short words.
  const allowed = value.length < 5 ? 1 : Math.max(2, Math.floor(value.length / 3));
  return best !== undefined && bestDistance <= allowed ? best : undefined;
}

/** `known: a, b, c, …` capped so a large site does not print hundreds of ids. */
export function knownValues(known: Iterable<string>, max = 8): string {
  const list = [...known].sort();
  const shown = list.slice(0, max).join(', ');
  return list.length > max ? `known: ${shown}, … (${list.length} in all)` : `known: ${shown}`;
}

export function suggestion(value: string, known: Iterable<string>, max = 8): string {
  const values = [...known];
  const guess = closest(value, values);
  return guess ? `did you mean "${guess}"? ${knownValues(values, max)}` : knownValues(values, max);
}
