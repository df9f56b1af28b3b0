// Titles, summaries, key points and claims get the same curly quotes and dashes as the
// bodies, once, when the loader stores them: every page, feed and card then shows the
// same text. The check and the editor schemas see the text as written.
import { smartText } from '../pipeline/markdown/smart-punctuation.ts';

type Data = Record<string, unknown>;

const TEXT_FIELDS = ['title', 'summary', 'status'] as const;

function mapList<T>(value: unknown, map: (item: T) => T): T[] | undefined {
  return Array.isArray(value) ? (value as T[]).map(map) : undefined;
}

/** A copy of an entry's data with typographic punctuation in its one-line text fields. */
export function typesetData(data: Data): Data {
  const out: Data = { ...data };
  for (const field of TEXT_FIELDS) if (typeof out[field] === 'string') out[field] = smartText(out[field] as string);
  const keyPoints = mapList<string>(out.keyPoints, smartText);
  if (keyPoints) out.keyPoints = keyPoints;
  const questions = mapList<string>(out.openQuestions, smartText);
  if (questions) out.openQuestions = questions;
  const claims = mapList<Data>(out.claims, (claim) => ({
    ...claim,
    ...(typeof claim.text === 'string' ? { text: smartText(claim.text) } : {}),
    ...(typeof claim.note === 'string' ? { note: smartText(claim.note) } : {}),
  }));
  if (claims) out.claims = claims;
  // Translations list event titles and correction texts as plain strings, by position.
  const events = mapList<Data | string>(out.events, (event) =>
    typeof event === 'string' ? smartText(event) : { ...event, title: smartText(event.title as string) },
  );
  if (events) out.events = events;
  const corrections = mapList<Data | string>(out.corrections, (c) => (typeof c === 'string' ? smartText(c) : { ...c, text: smartText(c.text as string) }));
  if (corrections) out.corrections = corrections;
  return out;
}
