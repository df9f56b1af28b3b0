// What the copy is about, from its own words: topics and actors to tag it with, names
// that match no actor, and find-and-replace artifacts. The suggesters read running text,
// not headings: title case would make every word of a heading look like a name.
import { findReplaceArtifacts, type Artifact } from '../pipeline/artifacts/find-artifacts.ts';
import type { ChosenHeadline } from './choose-headline.ts';
import type { Structure } from './find-structure.ts';
import { findActorNames, suggestActors, type ActorSuggestion } from './suggest-actors.ts';
import { buildTopicProfiles, suggestTopics, type TopicProfileInput, type TopicSuggestion } from './suggest-topics.ts';
import { findUnknownNames, type UnknownName } from './unknown-names.ts';

/** An actor of the briefing as the importer matches it. */
export interface KnownActor {
  id: string;
  name: string;
  aliases: string[];
  affiliation: string;
}

export interface Tags {
  topics: Array<TopicSuggestion & { strong: boolean }>;
  actors: ActorSuggestion[];
  unknownNames: UnknownName[];
  artifacts: Artifact[];
}

type Line = { text: string; line: number };

export function suggestTags(structure: Structure, headline: ChosenHeadline, known: { actors: KnownActor[]; topics: TopicProfileInput[] }): Tags {
  const textLines: Line[] = structure.blocks.flatMap((b) => (b.kind === 'paragraph' ? [{ text: b.text, line: b.line }] : b.kind === 'list' ? b.items : []));
  // Topics and actors may show in the headline and the headings too.
  const allText: Line[] = [
    ...(headline.text && headline.line ? [{ text: headline.text, line: headline.line }] : []),
    ...structure.blocks.flatMap((b) => (b.kind === 'list' ? b.items : [{ text: b.text, line: b.line }])),
  ];
  const profiles = known.actors.map((a) => ({ id: a.id, names: [a.name, ...a.aliases] }));
  const hits = findActorNames(allText, profiles);
  return {
    actors: suggestActors(hits),
    topics: suggestTopics(
      allText,
      buildTopicProfiles(
        known.topics,
        profiles.flatMap((p) => p.names),
      ),
    ),
    unknownNames: findUnknownNames(
      textLines,
      hits.filter((h) => textLines.some((l) => l.line === h.line)),
    ),
    artifacts: findReplaceArtifacts(textLines, {
      knownNames: known.actors.flatMap((a) => [a.name, a.affiliation, ...a.aliases]),
      labels: known.topics.map((t) => t.title),
    }),
  };
}
