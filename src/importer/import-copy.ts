// `npm run import`, everything but the disk: raw bytes in, a draft article and a report
// out. Each step is its own module, and each decision (which date, headline, source,
// location, tags) has its own policy module; this one only wires them together.
import { createHash } from 'node:crypto';
import { dateInZone } from '../drafts/today.ts';
import { chooseDate } from './choose-date.ts';
import { chooseHeadline } from './choose-headline.ts';
import { chooseLocation } from './choose-location.ts';
import { chooseSource } from './choose-source.ts';
import { classifyLines } from './classify-lines.ts';
import { collectLines, type RemovedLine } from './collect-lines.ts';
import { takeDateline } from './dateline.ts';
import { draftHeader } from './draft-header.ts';
import { draftText } from './draft-text.ts';
import { findStructure } from './find-structure.ts';
import { importReport, type ImportReport } from './import-report.ts';
import { prepareText } from './prepare-text.ts';
import type { TopicProfileInput } from './suggest-topics.ts';
import { suggestTags, type KnownActor } from './suggest-tags.ts';
import { toMarkdown } from './to-markdown.ts';
import { copyZone } from './wire-zone.ts';

export type { ImportReport, RemovedLine };

export interface ImportInput {
  bytes: Uint8Array;
  /** File name of the copy as given (or `stdin`), recorded as provenance. */
  sourceName: string;
  actors: KnownActor[];
  topics: TopicProfileInput[];
  /** Existing article ids and their files: a new id must not clash. */
  articles: Map<string, string>;
  timezone: string;
  now: number;
  /** Explicit output path (`--out`); otherwise content/articles/<year>/<slug>.md. */
  out?: string;
  contentDir?: string;
}

export type ImportResult =
  { ok: true; id: string; file: string; text: string; report: ImportReport } | { ok: false; message: string; hint: string; report?: Partial<ImportReport> };

export function importCopy(input: ImportInput): ImportResult {
  const prepared = prepareText(input.bytes, input.sourceName);
  if (!prepared.ok) return prepared;
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');

  const zone = copyZone(prepared.lines, prepared.text);
  const lines = classifyLines(prepared.lines, zone ? { zone } : {});
  const structure = findStructure(lines);
  const collected = collectLines(lines);
  const dateline = takeDateline(structure.blocks);
  const origin = chooseSource(dateline, collected);
  const headline = chooseHeadline(structure.headline, prepared.html);
  const date = chooseDate({
    collected,
    ...(prepared.html ? { html: prepared.html } : {}),
    ...(dateline ? { dateline } : {}),
    ...(zone ? { zone } : {}),
    now: input.now,
  });
  const tags = suggestTags(structure, headline, input);

  const today = dateInZone(input.now, input.timezone);
  const location = chooseLocation({
    out: input.out,
    headline: headline.text,
    sha256,
    date: date?.value ?? today,
    timezone: input.timezone,
    existing: input.articles,
    contentDir: input.contentDir,
  });
  if (!location.ok) return location;

  const header = draftHeader({
    source: input.sourceName,
    html: Boolean(prepared.html),
    sha256,
    agency: origin.agency,
    collected,
    dateline,
    headline,
    repairs: prepared.repairs,
    unknownNames: tags.unknownNames,
  });
  const draft = draftText({
    header,
    title: headline.text,
    date,
    fallbackDate: today,
    timezone: input.timezone,
    topics: tags.topics,
    actors: tags.actors,
    sourceName: origin.sourceName,
    body: toMarkdown(structure.blocks),
    artifacts: tags.artifacts,
  });
  const report = importReport({
    source: input.sourceName,
    sha256,
    prepared,
    structure,
    collected,
    headline,
    dateline,
    origin,
    date,
    today,
    tags,
    located: draft.artifacts,
  });
  return { ok: true, id: location.id, file: location.file, text: draft.text, report };
}
