// `npm run new`: everything but the disk. Given a title, options and what content/
// already holds, returns the path and text of a draft that passes `npm run check`
// (with placeholder warnings naming what to fill in), or the problems that stop it.
import { PLACEHOLDER_MARK, PLACEHOLDER_URL } from '../pipeline/checks/placeholders.ts';
import { isoDate } from '../pipeline/schema/fields.ts';
import { checkIds, type IdProblem } from './check-ids.ts';
import { locateDraft } from './draft-location.ts';
import { renderDraft, type DraftField } from './render-draft.ts';
import { dateInZone } from './today.ts';

export interface ScaffoldInput {
  title: string;
  topics: string[];
  actors: string[];
  /** `YYYY-MM-DD`; default: today in the site's time zone. */
  date?: string;
  /** Known ids, topics in menu order. */
  known: { topics: string[]; actors: string[]; articles: Map<string, string> };
  timezone: string;
  now: number;
  contentDir?: string;
}

export type ScaffoldResult = { ok: true; id: string; file: string; text: string; notes: string[] } | { ok: false; problems: IdProblem[] };

export const SUMMARY_PLACEHOLDER = `${PLACEHOLDER_MARK}: write the dek, one or two plain sentences of 40 to 320 characters.`;
export const SOURCE_NAME_PLACEHOLDER = `${PLACEHOLDER_MARK}: name of the source`;

export function scaffoldArticle(input: ScaffoldInput): ScaffoldResult {
  const problems: IdProblem[] = [];
  const title = input.title.trim().replace(/\s+/g, ' ');
  if (!title)
    problems.push({ message: 'the title is empty', hint: 'usage: npm run new -- "Headline of the item" [--topics a,b] [--actors x,y] [--date YYYY-MM-DD]' });
  let date = input.date;
  if (date !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isoDate.safeParse(date).success)) {
    problems.push({ message: `--date "${date}" is not a date`, hint: 'write it as YYYY-MM-DD, e.g. 2025-08-17' });
  }
  date ??= dateInZone(input.now, input.timezone);
  problems.push(...checkIds('topic', input.topics, input.known.topics), ...checkIds('actor', input.actors, input.known.actors));
  if (problems.length) return { ok: false, problems };

  const location = locateDraft({
    title,
    year: date.slice(0, 4),
    existing: input.known.articles,
    ...(input.contentDir ? { contentDir: input.contentDir } : {}),
  });
  if (!location.ok) return { ok: false, problems: [{ message: location.message, hint: location.hint }] };

  const notes: string[] = [];
  let topics = input.topics;
  let topicComment: string | undefined;
  if (!topics.length) {
    const first = input.known.topics[0];
    if (first) {
      topics = [first];
      topicComment = `${PLACEHOLDER_MARK}: first topic by order, chosen because no --topics was given; known: ${input.known.topics.join(', ')}`;
      notes.push(`no --topics given: the draft is filed under "${first}"; change it if needed (known: ${input.known.topics.join(', ')})`);
    } else {
      notes.push('content/topics/ is empty: add a topic before the draft can pass the check');
    }
  }
  const fields: DraftField[] = [
    { key: 'title', value: title },
    { key: 'summary', value: SUMMARY_PLACEHOLDER },
    { key: 'published', value: date, comment: input.date ? undefined : `today in ${input.timezone}; a later date schedules the item` },
    { key: 'status', value: 'draft', comment: 'drafts are checked and shown in npm run dev, never published' },
    { key: 'topics', value: topics, ...(topicComment ? { comment: topicComment } : {}) },
    { key: 'actors', value: input.actors },
    { key: 'sources', value: [{ name: SOURCE_NAME_PLACEHOLDER, url: PLACEHOLDER_URL }], comment: 'at least one source; https addresses only' },
  ];
  const header = [
    `New item scaffolded by npm run new. Replace every ${PLACEHOLDER_MARK} before setting status: published;`,
    'npm run check lists them. Optional fields (keyPoints, claims, events, corrections): see docs/editing.md.',
  ];
  const body = `## ${PLACEHOLDER_MARK}: first section heading\n\n${PLACEHOLDER_MARK}: write the item in the briefing's own words, attributing every claim.`;
  return { ok: true, id: location.id, file: location.file, text: renderDraft({ header, fields, body }), notes };
}
