// The comment lines at the top of a draft: where it came from (file, hash, agency,
// channel, dateline, credits) and what the importer did or doubted.
import { PLACEHOLDER_MARK } from '../pipeline/checks/placeholders.ts';
import type { ChosenHeadline } from './choose-headline.ts';
import type { Collected } from './collect-lines.ts';
import type { Dateline } from './dateline.ts';
import type { MojibakeRepair } from './repair-mojibake.ts';
import type { UnknownName } from './unknown-names.ts';

export interface HeaderFacts {
  source: string;
  html: boolean;
  sha256: string;
  agency?: string;
  collected: Collected;
  dateline?: Dateline;
  headline: ChosenHeadline;
  repairs: MojibakeRepair['repairs'];
  unknownNames: UnknownName[];
}

export function draftHeader(h: HeaderFacts): string[] {
  return [
    `Imported by npm run import from ${h.source}${h.html ? ' (a saved web page: the article was extracted first)' : ''}. This is raw copy, cleaned up:`,
    `rewrite it in the briefing's words and replace every ${PLACEHOLDER_MARK} before setting status: published.`,
    `sha256 of the raw input: ${h.sha256}`,
    ...(h.agency ? [`Agency: ${h.agency}`] : []),
    ...(h.collected.channel ? [`Channel: ${h.collected.channel}`] : []),
    ...(h.dateline ? [`Dateline: ${h.dateline.text}`] : []),
    ...h.collected.notes.map((n) => `From the copy, line ${n.line}: ${n.text}`),
    ...(h.collected.updated ? [`The copy says it was updated ${h.collected.updated.value} (line ${h.collected.updated.line}).`] : []),
    ...(h.headline.unsure
      ? [`Headline unsure: line ${h.headline.unsure.line} "${h.headline.unsure.candidate}" is ${h.headline.unsure.why}; write the title.`]
      : []),
    ...(h.repairs.length
      ? [
          `Repaired text decoded with the wrong code page: ${h.repairs.map((r) => `${r.from.replace(/[\u0080-\u009f]/g, '')} → ${r.to} ×${r.count}`).join(', ')}`,
        ]
      : []),
    `Removed ${h.collected.removed.length} line${h.collected.removed.length === 1 ? '' : 's'} of page furniture, junk and wire metadata.`,
    ...(h.unknownNames.length ? [`Names that match no actor: ${h.unknownNames.map((n) => `${n.name} (${n.count})`).join(', ')}`] : []),
  ];
}
