// Topics are suggested from their own words: a topic's title, summary, status, open
// questions and explainer give it marker terms; terms that most topics share ("Ukraine")
// and names of actors (people are not topics) are left out. A copy that uses a topic's
// markers often enough gets it suggested, with the phrases that did it.
import { contentTerms, fold, tokenize } from '../pipeline/artifacts/text-terms.ts';

export interface TopicProfileInput {
  id: string;
  title: string;
  summary: string;
  status: string;
  openQuestions: string[];
  /** Other words for the topic, in any script: weighed like the title. */
  aliases?: string[];
  body: string;
}

export interface TopicProfile {
  id: string;
  markers: Map<string, number>;
}

export interface TopicSuggestion {
  id: string;
  score: number;
  /** The marker phrases found, strongest first, as written in the copy. */
  triggers: Array<{ phrase: string; count: number; line: number }>;
}

const FIELD_WEIGHTS = { title: 4, summary: 2, status: 2, openQuestions: 2, body: 1 } as const;

export function buildTopicProfiles(topics: TopicProfileInput[], actorNames: string[]): TopicProfile[] {
  const nameTerms = new Set(actorNames.flatMap((n) => tokenize(n).map((t) => t.term)));
  const raw = topics.map((topic) => {
    const weights = new Map<string, number>();
    const add = (text: string, weight: number) => {
      for (const term of contentTerms(text)) weights.set(term, (weights.get(term) ?? 0) + weight);
    };
    add(topic.title, FIELD_WEIGHTS.title);
    add(topic.id.replace(/-/g, ' '), FIELD_WEIGHTS.title);
    // Aliases list the forms of a few words (a language's cases): each term counts once,
    // as if it were in the title, so they never outweigh the topic's own text.
    for (const term of new Set((topic.aliases ?? []).flatMap((alias) => contentTerms(alias))))
      weights.set(term, (weights.get(term) ?? 0) + FIELD_WEIGHTS.title);
    add(topic.summary, FIELD_WEIGHTS.summary);
    add(topic.status, FIELD_WEIGHTS.status);
    topic.openQuestions.forEach((q) => add(q, FIELD_WEIGHTS.openQuestions));
    add(topic.body.replace(/\]\([^)]*\)/g, ']').replace(/[#*_>`[\]]/g, ' '), FIELD_WEIGHTS.body);
    return { id: topic.id, weights };
  });
  const df = new Map<string, number>();
  for (const { weights } of raw) for (const term of weights.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = raw.length;
  return raw.map(({ id, weights }) => {
    const markers = new Map<string, number>();
    for (const [term, weight] of weights) {
      const spread = df.get(term)!;
      if (n > 1 && spread > Math.max(1, n / 2)) continue; // shared by most topics
      if (term.split(' ').some((t) => nameTerms.has(t))) continue; // a person or body
      if (weight < 2) continue; // a passing word in the explainer
      markers.set(term, weight * Math.log(1 + n / spread));
    }
    return { id, markers };
  });
}

/** Minimum score, and share of the best topic's score, for a topic to be suggested. Short
 * copy (a channel post of 50 words) uses each marker once, so its bar is lower. */
const MIN_SCORE = 1.5;
const SHORT_COPY_WORDS = 150;
const MIN_SHARE = 0.5;

/** Topics whose markers the copy uses, strongest first; `strong` ones go into the draft. */
export function suggestTopics(lines: Array<{ text: string; line: number }>, profiles: TopicProfile[]): Array<TopicSuggestion & { strong: boolean }> {
  // Where each term of the copy occurs, with its surface form.
  const seen = new Map<string, { count: number; line: number; phrase: string }>();
  for (const { text, line } of lines) {
    for (const sentence of text.split(/[.!?;:()]+/)) {
      const tokens = tokenize(sentence);
      tokens.forEach((token, i) => {
        const next = tokens[i + 1];
        const candidates: Array<[string, string]> = [[token.term, token.surface]];
        if (next) candidates.push([`${token.term} ${next.term}`, sentence.slice(token.index, next.index + next.surface.length)]);
        for (const [term, phrase] of candidates) {
          const hit = seen.get(term);
          if (hit) hit.count++;
          else seen.set(term, { count: 1, line, phrase: phrase.replace(/['’]s$/, '') });
        }
      });
    }
  }
  const scored = profiles.map((profile) => {
    const top = Math.max(...profile.markers.values());
    const found: Array<{ phrase: string; count: number; line: number; weight: number }> = [];
    for (const [term, weight] of profile.markers) {
      const hit = seen.get(term);
      if (hit) found.push({ ...hit, weight: (weight / top) * Math.log2(1 + hit.count) });
    }
    found.sort((a, b) => b.weight - a.weight || a.line - b.line);
    const score = found.reduce((sum, t) => sum + t.weight, 0);
    // A pair ("security guarantees") says more than its parts; drop the parts it covers.
    const pairWords = new Set(found.filter((t) => t.phrase.includes(' ')).flatMap((t) => t.phrase.split(/\s+/).map(fold)));
    const shown = found.filter((t) => t.phrase.includes(' ') || !pairWords.has(fold(t.phrase)));
    return { id: profile.id, score: Math.round(score * 10) / 10, triggers: shown.slice(0, 3).map(({ phrase, count, line }) => ({ phrase, count, line })) };
  });
  const best = Math.max(0, ...scored.map((s) => s.score));
  const words = lines.reduce((n, l) => n + l.text.split(/\s+/).length, 0);
  const minScore = Math.min(MIN_SCORE, 0.5 + words / SHORT_COPY_WORDS);
  return scored
    .filter((s) => s.score >= minScore)
    .map((s) => ({ ...s, strong: s.score >= best * MIN_SHARE }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
