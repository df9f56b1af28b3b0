// Plain entries for the view helpers: only the fields a test cares about need saying.
import type { ActorEntry, ArticleData, ArticleEntry, SiteSettings, TopicEntry } from '../../src/site/types.ts';

export function article(id: string, data: Partial<ArticleData> = {}): ArticleEntry {
  return {
    id,
    data: {
      title: `Title of ${id}`,
      summary: `Summary of ${id}, long enough to pass the schema's minimum length.`,
      published: '2025-08-17T12:00:00+02:00',
      status: 'published',
      topics: ['alpha'],
      actors: [],
      sources: [{ name: 'Wire', url: 'https://wire.example/' }],
      file: `content/articles/${id}.md`,
      wordCount: 100,
      readingMinutes: 1,
      headings: [],
      visibility: 'public',
      excerpt: '',
      ...data,
    },
  };
}

export function actor(id: string, name: string): ActorEntry {
  return { id, data: { name, role: 'Envoy', affiliation: 'Somewhere', aliases: [], file: `content/actors/${id}.md`, wordCount: 10, readingMinutes: 1, headings: [] } };
}

export function topic(id: string, order: number, title = `Topic ${id}`): TopicEntry {
  return { id, data: { title, summary: 'What the topic covers, in a sentence.', order, status: 'Where it stands now.', openQuestions: [], file: `content/topics/${id}.md`, wordCount: 10, readingMinutes: 1, headings: [] } };
}

export const site: SiteSettings = {
  title: 'Test Briefing',
  description: 'A briefing used by the tests, with a long enough description.',
  language: 'en-GB',
  url: 'https://news.example.org',
  timezone: 'Europe/Brussels',
  contact: { name: 'The desk', email: 'desk@news.example.org' },
  languages: [],
};
