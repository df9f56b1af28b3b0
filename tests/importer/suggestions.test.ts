import { describe, expect, it } from 'vitest';
import { findActorNames, suggestActors } from '../../src/importer/suggest-actors.ts';
import { buildTopicProfiles, suggestTopics } from '../../src/importer/suggest-topics.ts';
import { findUnknownNames } from '../../src/importer/unknown-names.ts';

// A made-up newsroom: nothing here is the shipped briefing, so the suggesters are shown
// to learn from content alone.
const actors = [
  { id: 'mayor', names: ['Jane Alder', 'Alder', 'the mayor'] },
  { id: 'council', names: ['City Council', 'the council'] },
  { id: 'council-leader', names: ['City Council Leader'] },
];
const topics = [
  {
    id: 'housing',
    title: 'Housing',
    summary: 'Rents, social housing and the new building plan for the city.',
    status: 'The rent cap vote is due in March.',
    openQuestions: ['Will the rent cap pass?'],
    body: 'Housing costs have risen.',
  },
  {
    id: 'transport',
    title: 'Transport',
    summary: 'Buses, the tram extension and cycle lanes across the city.',
    status: 'The tram extension is out to tender.',
    openQuestions: ['Who pays for the tram extension?'],
    body: 'Transport plans.',
  },
];

const lines = [
  { text: 'Jane Alder said the rent cap would go to a vote in March.', line: 3 },
  { text: 'The City Council Leader backed the rent cap, and the council will debate social housing next week.', line: 5 },
  { text: 'Alder also met Tom Birch of the Tenants Union in Riverside.', line: 7 },
];

describe('actor suggestions', () => {
  it('matches names and aliases, longest first, with the phrase and line that triggered them', () => {
    const hits = findActorNames(lines, actors);
    const suggestions = suggestActors(hits);
    expect(suggestions.map((s) => s.id)).toEqual(['mayor', 'council', 'council-leader']);
    expect(suggestions[0]).toMatchObject({ count: 2, trigger: { phrase: 'Jane Alder', line: 3 } });
    expect(suggestions.find((s) => s.id === 'council')?.trigger).toEqual({ phrase: 'the council', line: 5 });
  });

  it('lists capitalised names that match no actor', () => {
    const hits = findActorNames(lines, actors);
    expect(findUnknownNames(lines, hits).map((n) => n.name)).toEqual(['Riverside', 'Tenants Union', 'Tom Birch']);
  });
});

describe('topic suggestions', () => {
  it("suggests topics from the topics' own words, with the phrases that did it", () => {
    const profiles = buildTopicProfiles(
      topics,
      actors.flatMap((a) => a.names),
    );
    const suggestions = suggestTopics(lines, profiles);
    expect(suggestions[0]).toMatchObject({ id: 'housing', strong: true });
    expect(suggestions[0]!.triggers.map((t) => t.phrase)).toContain('rent cap');
    expect(suggestions.find((s) => s.id === 'transport')).toBeUndefined();
  });

  it('suggests nothing for copy about something else', () => {
    const profiles = buildTopicProfiles(topics, []);
    expect(suggestTopics([{ text: 'The football club won its third match in a row.', line: 1 }], profiles)).toEqual([]);
  });
});
