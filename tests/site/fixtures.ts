// Plain entries for the view helpers: only the fields a test cares about need saying.
import type {
  ActorEntry,
  ArticleData,
  ArticleEntry,
  AuthorEntry,
  DayEntry,
  PageEntry,
  SiteSettings,
  TerritoryEntry,
  TopicEntry,
  TranslationEntry,
  UpdateEntry,
} from '../../src/site/types.ts';

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
      authors: [],
      sources: [{ name: 'Wire', url: 'https://wire.example/' }],
      file: `content/articles/${id}.md`,
      wordCount: 100,
      readingMinutes: 1,
      visibility: 'public',
      ...data,
    },
  };
}

export function actor(id: string, name: string): ActorEntry {
  return { id, data: { name, role: 'Envoy', affiliation: 'Somewhere', aliases: [], file: `content/actors/${id}.md` } };
}

export function topic(id: string, order: number, title = `Topic ${id}`): TopicEntry {
  return {
    id,
    data: {
      title,
      summary: 'What the topic covers, in a sentence.',
      order,
      status: 'Where it stands now.',
      openQuestions: [],
      aliases: [],
      file: `content/topics/${id}.md`,
    },
  };
}

export const site: SiteSettings = {
  title: 'Test Briefing',
  description: 'A briefing used by the tests, with a long enough description.',
  language: 'en-GB',
  url: 'https://news.example.org',
  timezone: 'Europe/Brussels',
  contact: { name: 'The desk', email: 'desk@news.example.org' },
  requireReview: false,
  languages: [],
};

export function author(id: string, name: string, role = 'Reporter'): AuthorEntry {
  return { id, data: { name, role, file: `content/authors/${id}.md` } };
}

export function update(id: string, date: string, claims: UpdateEntry['data']['claims']): UpdateEntry {
  return { id, data: { date, claims } };
}

/** The test site with a Ukrainian edition (site.yaml `languages`). */
export const bilingualSite: SiteSettings = {
  ...site,
  languages: [{ code: 'uk', name: 'Українська', title: 'Тестовий брифінг', description: 'Опис тестового брифінгу, досить довгий.' }],
};

/** A Ukrainian translation of an entry: only the text fields a test names. */
export function translation(kind: TranslationEntry['data']['kind'], id: string, data: Record<string, unknown>): TranslationEntry {
  return {
    id: `uk/${kind}/${id}`,
    data: { language: 'uk', kind, original: id, file: `content/uk/${kind}/${id}.md`, translated: '2025-08-18', ...data } as TranslationEntry['data'],
  };
}

export function page(id: string, order: number, title = `Page ${id}`): PageEntry {
  return { id, data: { title, summary: `What the ${id} page says, in a sentence.`, order, file: `content/pages/${id}.md`, headings: [] } };
}

export function territory(id: string, regions: TerritoryEntry['data']['regions'] = []): TerritoryEntry {
  return { id, data: { title: `Snapshot of ${id}`, asOf: id, summary: `Who held what on ${id}, as assessed.`, regions, file: `content/territory/${id}.md` } };
}

/** An editor's day note (content/days/<day>.md). */
export function dayNote(id: string, takeaways: DayEntry['data']['takeaways']): DayEntry {
  return { id, data: { takeaways, file: `content/days/${id}.md` } };
}
