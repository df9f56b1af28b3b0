// `npm run import`, everything but the disk: raw bytes in, a draft article and a report
// out. Each step is its own module, and each decision (which date, which headline,
// which id) has its own policy module; this one only wires them together.
import { createHash } from 'node:crypto';
import { findReplaceArtifacts, type Artifact } from '../pipeline/artifacts/find-artifacts.ts';
import { locateDraft } from '../drafts/draft-location.ts';
import { dateInZone, yearInZone } from '../drafts/today.ts';
import { chooseDate, type ChosenDate } from './choose-date.ts';
import { chooseHeadline, type ChosenHeadline } from './choose-headline.ts';
import { classifyLines } from './classify-lines.ts';
import { collectLines, type RemovedLine } from './collect-lines.ts';
import { splitDateline, type Dateline } from './dateline.ts';
import { idSource } from './draft-id.ts';
import { draftHeader } from './draft-header.ts';
import { draftText } from './draft-text.ts';
import { findStructure } from './find-structure.ts';
import { prepareText } from './prepare-text.ts';
import type { MojibakeRepair } from './repair-mojibake.ts';
import { findActorNames, suggestActors, type ActorSuggestion } from './suggest-actors.ts';
import { buildTopicProfiles, suggestTopics, type TopicProfileInput, type TopicSuggestion } from './suggest-topics.ts';
import { toMarkdown } from './to-markdown.ts';
import { findUnknownNames, type UnknownName } from './unknown-names.ts';
import { todoList } from './todo-list.ts';
import { wireZone } from './wire-zone.ts';

export type { RemovedLine };

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

export interface ImportReport {
  source: string;
  sha256: string;
  /** `html` when a saved web page was reduced to its article first. */
  input: 'text' | 'html';
  headline?: { text: string; line: number };
  headlineUnsure?: ChosenHeadline['unsure'];
  dateline?: Dateline;
  agency?: string;
  channel?: string;
  published: ChosenDate | { value: string; missing: true };
  updated?: { value: string; line: number };
  repairs: MojibakeRepair['repairs'];
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

export function importCopy(input: ImportInput): ImportResult {
  const prepared = prepareText(input.bytes, input.sourceName);
  if (!prepared.ok) return prepared;
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');

  // The dateline's place gives the zone for times the copy writes without one.
  const early = prepared.lines.slice(0, 25).map((l) => splitDateline(l.trim()).dateline).find((d) => d?.agency);
  const zone = wireZone(early?.place, prepared.text);
  const lines = classifyLines(prepared.lines, zone ? { zone } : {});
  const structure = findStructure(lines);
  const collected = collectLines(lines);

  // The dateline opens the first paragraph; the briefing writes its own.
  let dateline: Dateline | undefined;
  const first = structure.blocks.find((b) => b.kind === 'paragraph');
  if (first && first.kind === 'paragraph') {
    const split = splitDateline(first.text);
    if (split.dateline) {
      dateline = split.dateline;
      first.text = split.rest;
    }
  }
  const agency = dateline?.agency ?? collected.agencies[0];
  const sourceName = agency ?? (collected.channel ? `${collected.channel} (Telegram)` : undefined);
  const headline = chooseHeadline(structure.headline, prepared.html);
  const date = chooseDate({ collected, ...(prepared.html ? { html: prepared.html } : {}), ...(dateline ? { dateline } : {}), ...(zone ? { zone } : {}), now: input.now });

  // What the suggesters read: running text, not headings (title case would make every
  // word look like a name).
  const textLines = structure.blocks.flatMap((b) => (b.kind === 'paragraph' ? [{ text: b.text, line: b.line }] : b.kind === 'list' ? b.items : []));
  const allText = [...(headline.text && headline.line ? [{ text: headline.text, line: headline.line }] : []), ...structure.blocks.flatMap((b) => (b.kind === 'list' ? b.items : [{ text: b.text, line: b.line }]))];
  const profiles = input.actors.map((a) => ({ id: a.id, names: [a.name, ...a.aliases] }));
  const hits = findActorNames(allText, profiles);
  const actors = suggestActors(hits);
  const topics = suggestTopics(allText, buildTopicProfiles(input.topics, profiles.flatMap((p) => p.names)));
  const unknownNames = findUnknownNames(textLines, hits.filter((h) => textLines.some((l) => l.line === h.line)));
  const artifacts = findReplaceArtifacts(textLines, { knownNames: input.actors.flatMap((a) => [a.name, a.affiliation, ...a.aliases]), labels: input.topics.map((t) => t.title) });

  const today = dateInZone(input.now, input.timezone);
  let id: string;
  let file: string;
  if (input.out) {
    file = input.out;
    id = file.replace(/^.*[\\/]/, '').replace(/\.md$/, '');
  } else {
    const location = locateDraft({ title: idSource(headline.text, sha256), year: yearInZone(date?.value ?? today, input.timezone), existing: input.articles, ...(input.contentDir ? { contentDir: input.contentDir } : {}) });
    if (!location.ok) return { ok: false, message: location.message, hint: `${location.hint}; or give --out <file>` };
    ({ id, file } = location);
  }

  const header = draftHeader({ source: input.sourceName, html: Boolean(prepared.html), sha256, ...(agency ? { agency } : {}), collected, ...(dateline ? { dateline } : {}), headline, repairs: prepared.repairs, unknownNames });
  const body = toMarkdown(structure.blocks);
  const draft = draftText({ header, ...(headline.text ? { title: headline.text } : {}), ...(date ? { date } : {}), fallbackDate: today, timezone: input.timezone, topics, actors, ...(sourceName ? { sourceName } : {}), body, artifacts });

  const report: ImportReport = {
    source: input.sourceName,
    sha256,
    input: prepared.html ? 'html' : 'text',
    ...(headline.text && headline.line ? { headline: { text: headline.text, line: headline.line } } : {}),
    ...(headline.unsure ? { headlineUnsure: headline.unsure } : {}),
    ...(dateline ? { dateline } : {}),
    ...(agency ? { agency } : {}),
    ...(collected.channel ? { channel: collected.channel } : {}),
    published: date ?? { value: today, missing: true },
    ...(collected.updated ? { updated: collected.updated } : {}),
    repairs: prepared.repairs,
    removed: collected.removed,
    notes: collected.notes,
    counts: {
      headings: structure.blocks.filter((b) => b.kind === 'heading').length,
      paragraphs: structure.blocks.filter((b) => b.kind === 'paragraph').length,
      lists: structure.blocks.filter((b) => b.kind === 'list').length,
    },
    topics,
    actors,
    unknownNames,
    artifacts: draft.artifacts,
    todo: todoList({ headline, date, topics, sourceName, artifacts }),
  };
  return { ok: true, id, file, text: draft.text, report };
}
