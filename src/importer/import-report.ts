// What `npm run import` tells the editor it did: where the copy came from, what was
// chosen and why, what was removed or repaired, what is suggested and what is left to do.
import type { Artifact } from '../pipeline/artifacts/find-artifacts.ts';
import type { ChosenDate } from './choose-date.ts';
import type { ChosenHeadline } from './choose-headline.ts';
import type { ChosenSource } from './choose-source.ts';
import type { Collected, RemovedLine } from './collect-lines.ts';
import type { Dateline } from './dateline.ts';
import type { Structure } from './find-structure.ts';
import type { PreparedText } from './prepare-text.ts';
import type { MojibakeRepair } from './repair-mojibake.ts';
import type { Tags } from './suggest-tags.ts';
import type { ActorSuggestion } from './suggest-actors.ts';
import type { TopicSuggestion } from './suggest-topics.ts';
import { todoList } from './todo-list.ts';
import type { UnknownName } from './unknown-names.ts';

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

export interface ReportFacts {
  source: string;
  sha256: string;
  prepared: Extract<PreparedText, { ok: true }>;
  structure: Structure;
  collected: Collected;
  headline: ChosenHeadline;
  dateline?: Dateline;
  origin: ChosenSource;
  date?: ChosenDate;
  /** The stand-in date when the copy has none. */
  today: string;
  tags: Tags;
  /** The artifacts with the draft lines they landed on. */
  located: Array<Artifact & { draftLine?: number }>;
}

const count = (structure: Structure, kind: Structure['blocks'][number]['kind']) => structure.blocks.filter((b) => b.kind === kind).length;

export function importReport(f: ReportFacts): ImportReport {
  const { headline, collected, tags } = f;
  return {
    source: f.source,
    sha256: f.sha256,
    input: f.prepared.html ? 'html' : 'text',
    ...(headline.text && headline.line ? { headline: { text: headline.text, line: headline.line } } : {}),
    ...(headline.unsure ? { headlineUnsure: headline.unsure } : {}),
    ...(f.dateline ? { dateline: f.dateline } : {}),
    ...(f.origin.agency ? { agency: f.origin.agency } : {}),
    ...(collected.channel ? { channel: collected.channel } : {}),
    published: f.date ?? { value: f.today, missing: true },
    ...(collected.updated ? { updated: collected.updated } : {}),
    repairs: f.prepared.repairs,
    removed: collected.removed,
    notes: collected.notes,
    counts: { headings: count(f.structure, 'heading'), paragraphs: count(f.structure, 'paragraph'), lists: count(f.structure, 'list') },
    topics: tags.topics,
    actors: tags.actors,
    unknownNames: tags.unknownNames,
    artifacts: f.located,
    todo: todoList({ headline, date: f.date, topics: tags.topics, sourceName: f.origin.sourceName, artifacts: tags.artifacts }),
  };
}
