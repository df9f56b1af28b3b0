// `npm run import`, everything but the disk: raw bytes in, a draft article and a report
// out. Each step is its own module; this one only wires them together.
import { createHash } from 'node:crypto';
import { PLACEHOLDER_MARK, PLACEHOLDER_URL } from '../pipeline/checks/placeholders.ts';
import { locateDraft, slugFromTitle } from '../drafts/draft-location.ts';
import { renderDraft, type DraftField } from '../drafts/render-draft.ts';
import { SUMMARY_PLACEHOLDER } from '../drafts/scaffold-article.ts';
import { dateInZone, yearInZone } from '../drafts/today.ts';
import { classifyLines } from './classify-lines.ts';
import { splitDateline, type Dateline } from './dateline.ts';
import { decodeInput } from './decode-input.ts';
import { findArtifacts, type Artifact } from '../pipeline/artifacts/find-artifacts.ts';
import { findStructure } from './find-structure.ts';
import { findActorNames, suggestActors, type ActorSuggestion } from './suggest-actors.ts';
import { buildTopicProfiles, suggestTopics, type TopicProfileInput, type TopicSuggestion } from './suggest-topics.ts';
import { toMarkdown } from './to-markdown.ts';
import { findUnknownNames, type UnknownName } from './unknown-names.ts';

export interface ImportInput {
  bytes: Uint8Array;
  /** File name of the copy as given (or `stdin`), recorded as provenance. */
  sourceName: string;
  actors: Array<{ id: string; name: string; aliases: string[]; affiliation: string }>;
  topics: TopicProfileInput[];
  /** Existing article ids and their files: a new id must not clash. */
  articles: Map<string, string>;
  timezone: string;
  now: number;
  /** Explicit output path (`--out`); otherwise content/articles/<year>/<slug>.md. */
  out?: string;
  contentDir?: string;
}

export interface RemovedLine {
  line: number;
  text: string;
  why: string;
}

export interface ImportReport {
  source: string;
  sha256: string;
  headline?: { text: string; line: number };
  dateline?: Dateline;
  agency?: string;
  published: { value: string; line?: number; fromCopy: boolean };
  updated?: { value: string; line: number };
  removed: RemovedLine[];
  notes: Array<{ line: number; text: string }>;
  counts: { headings: number; paragraphs: number; lists: number };
  topics: Array<TopicSuggestion & { strong: boolean }>;
  actors: ActorSuggestion[];
  unknownNames: UnknownName[];
  artifacts: Array<Artifact & { draftLine?: number }>;
  /** What the editor must fill in or check before the item can be published. */
  todo: string[];
}

export type ImportResult =
  | { ok: true; id: string; file: string; text: string; report: ImportReport }
  | { ok: false; message: string; hint: string; report?: Partial<ImportReport> };

const WHY: Record<string, string> = {
  furniture: 'page furniture',
  caption: 'photo caption',
  boilerplate: 'agency boilerplate',
  credit: 'credit (kept as a note)',
  'update-note': 'update note (kept as a note)',
  agency: 'agency name',
};

export function importCopy(input: ImportInput): ImportResult {
  const decoded = decodeInput(input.bytes);
  if (!decoded.ok) return decoded;
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');

  const lines = classifyLines(decoded.lines);
  const structure = findStructure(lines);
  const removed: RemovedLine[] = [];
  const notes: Array<{ line: number; text: string }> = [];
  const agencies: string[] = [];
  let published: { value: string; line: number } | undefined;
  let updated: { value: string; line: number } | undefined;
  for (const entry of lines) {
    if (entry.kind === 'metadata') {
      const { metadata } = entry;
      if (metadata.agency) agencies.push(metadata.agency);
      const date = metadata.date ? { value: metadata.date.value, line: entry.line } : undefined;
      if (date && metadata.role === 'updated') updated ??= date;
      else if (date) published ??= date;
      removed.push({ line: entry.line, text: entry.text, why: `wire metadata${date ? ` (${metadata.role ?? 'date'} ${date.value})` : ''}` });
    } else if (entry.kind === 'junk') {
      if (entry.agency) agencies.push(entry.agency);
      if (entry.junk === 'credit' || entry.junk === 'update-note') notes.push({ line: entry.line, text: entry.text });
      removed.push({ line: entry.line, text: entry.text, why: `${WHY[entry.junk]}: ${entry.rule}` });
    }
  }

  // The dateline opens the first paragraph; the briefing writes its own.
  let dateline: Dateline | undefined;
  const first = structure.blocks.find((b) => b.kind === 'paragraph');
  if (first && first.kind === 'paragraph') {
    const split = splitDateline(first.text);
    if (split.dateline) {
      dateline = split.dateline;
      first.text = split.rest;
      if (dateline.agency) agencies.unshift(dateline.agency);
    }
  }
  const agency = agencies[0];

  // What the suggesters read: running text, not headings (title case would make every
  // word look like a name).
  const textLines = structure.blocks.flatMap((b) => (b.kind === 'paragraph' ? [{ text: b.text, line: b.line }] : b.kind === 'list' ? b.items : []));
  const allText = [...(structure.headline ? [structure.headline] : []), ...structure.blocks.flatMap((b) => (b.kind === 'list' ? b.items : [{ text: b.text, line: b.line }]))];
  const profiles = input.actors.map((a) => ({ id: a.id, names: [a.name, ...a.aliases] }));
  const hits = findActorNames(allText, profiles);
  const actors = suggestActors(hits);
  const topics = suggestTopics(allText, buildTopicProfiles(input.topics, profiles.flatMap((p) => p.names)));
  const unknownNames = findUnknownNames(textLines, hits.filter((h) => textLines.some((l) => l.line === h.line)));
  const knownNames = input.actors.flatMap((a) => [a.name, a.affiliation, ...a.aliases]);
  const artifacts = findArtifacts(textLines, { knownNames, labels: input.topics.map((t) => t.title) });

  const today = dateInZone(input.now, input.timezone);
  const date = published?.value ?? today;
  const headline = structure.headline?.text;
  const base = input.sourceName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const slugSource = headline ?? (slugFromTitle(base) ? base : 'imported copy');
  let id: string;
  let file: string;
  if (input.out) {
    file = input.out;
    id = slugFromTitle(file.replace(/^.*[\\/]/, '').replace(/\.md$/, ''));
  } else {
    const location = locateDraft({ title: slugSource, year: yearInZone(date, input.timezone), existing: input.articles, ...(input.contentDir ? { contentDir: input.contentDir } : {}) });
    if (!location.ok) return { ok: false, message: location.message, hint: `${location.hint}; or give --out <file>` };
    ({ id, file } = location);
  }

  const body = toMarkdown(structure.blocks);
  const strongTopics = topics.filter((t) => t.strong);
  const otherTopics = topics.filter((t) => !t.strong);
  const todo: string[] = [];
  if (!headline) todo.push('title: no headline found in the copy; write one (10–160 characters)');
  todo.push('summary: write the dek (40–320 characters)');
  if (!published) todo.push(`published: no date in the copy; set to today (${today}), check it`);
  if (!strongTopics.length) todo.push('topics: none suggested; add at least one topic id');
  todo.push(`sources[0].url: give the address of the original story${agency ? '' : ', and sources[0].name'}`);
  if (artifacts.length) todo.push(`body: fix ${artifacts.length} suspected find-and-replace artifact${artifacts.length === 1 ? '' : 's'} (see the warnings)`);
  todo.push("body: rewrite the wire copy in the briefing's own words, attributing every claim");

  const quote = (t: { phrase: string; count: number; line: number }) => `"${t.phrase}" ×${t.count}, first on line ${t.line}`;
  const header = [
    `Imported by npm run import from ${input.sourceName}. This is the agency's raw copy, cleaned up:`,
    `rewrite it in the briefing's words and replace every ${PLACEHOLDER_MARK} before setting status: published.`,
    `sha256 of the raw input: ${sha256}`,
    ...(agency ? [`Agency: ${agency}`] : []),
    ...(dateline ? [`Dateline: ${dateline.text}`] : []),
    ...notes.map((n) => `From the copy, line ${n.line}: ${n.text}`),
    ...(updated ? [`The copy says it was updated ${updated.value} (line ${updated.line}).`] : []),
    `Removed ${removed.length} line${removed.length === 1 ? '' : 's'} of scraper junk and wire metadata.`,
  ];
  const fields: DraftField[] = [
    { key: 'title', value: headline ?? `${PLACEHOLDER_MARK}: write the headline` },
    { key: 'summary', value: SUMMARY_PLACEHOLDER },
    { key: 'published', value: date, comment: published ? `from the wire metadata on line ${published.line}` : `${PLACEHOLDER_MARK}: no date in the copy; today in ${input.timezone}` },
    { key: 'status', value: 'draft' },
    {
      key: 'topics',
      value: strongTopics.map((t) => t.id),
      itemComments: strongTopics.map((t) => `suggested: ${t.triggers.map(quote).join('; ')}`),
      ...(otherTopics.length ? { comment: `also possible: ${otherTopics.map((t) => `${t.id} (${t.triggers.map((x) => `"${x.phrase}"`).join(', ')})`).join('; ')}` } : {}),
    },
    { key: 'actors', value: actors.map((a) => a.id), itemComments: actors.map((a) => `suggested: ${a.phrases.slice(0, 3).map((p) => `"${p.phrase}" ×${p.count}`).join(', ')}; first on line ${a.trigger.line}`) },
    { key: 'sources', value: [{ name: agency ?? `${PLACEHOLDER_MARK}: name of the source`, url: PLACEHOLDER_URL }], comment: `${PLACEHOLDER_MARK}: the address of the original story (https)` },
  ];
  if (unknownNames.length) header.push(`Names that match no actor: ${unknownNames.map((n) => `${n.name} (${n.count})`).join(', ')}`);

  // The header grows with the warnings, so place them last and count lines after.
  const warningLines = artifacts.map((a) => `WARNING line ${a.line}: ${a.message}`);
  const withoutWarnings = renderDraft({ header: [...header, ...warningLines], fields, body: '' });
  const bodyStart = withoutWarnings.split('\n').length; // body begins after the blank line
  const located = artifacts.map((a): Artifact & { draftLine?: number } => {
    const bodyLine = body.lineMap.get(a.line);
    return bodyLine ? { ...a, draftLine: bodyStart + bodyLine - 1 } : { ...a };
  });
  const finalHeader = [...header, ...located.map((a) => `WARNING input line ${a.line}${a.draftLine ? ` (draft line ${a.draftLine})` : ''}: ${a.message}`)];
  const text = renderDraft({ header: finalHeader, fields, body: body.markdown });

  const report: ImportReport = {
    source: input.sourceName,
    sha256,
    ...(structure.headline ? { headline: structure.headline } : {}),
    ...(dateline ? { dateline } : {}),
    ...(agency ? { agency } : {}),
    published: published ? { value: published.value, line: published.line, fromCopy: true } : { value: date, fromCopy: false },
    ...(updated ? { updated } : {}),
    removed,
    notes,
    counts: {
      headings: structure.blocks.filter((b) => b.kind === 'heading').length,
      paragraphs: structure.blocks.filter((b) => b.kind === 'paragraph').length,
      lists: structure.blocks.filter((b) => b.kind === 'list').length,
    },
    topics,
    actors,
    unknownNames,
    artifacts: located,
    todo,
  };
  return { ok: true, id, file, text, report };
}
