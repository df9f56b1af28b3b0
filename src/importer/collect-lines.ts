// What the classified lines leave for the draft: the lines removed and why, credits
// kept as notes, the agencies and channel named, and the dates the metadata carries.
import type { ClassifiedLine } from './classify-lines.ts';

export interface RemovedLine {
  line: number;
  text: string;
  why: string;
}

export interface Collected {
  removed: RemovedLine[];
  notes: Array<{ line: number; text: string }>;
  agencies: string[];
  channel?: string;
  published?: { value: string; line: number };
  updated?: { value: string; line: number };
}

const WHY: Record<string, string> = {
  furniture: 'page furniture',
  caption: 'photo caption',
  boilerplate: 'agency boilerplate',
  credit: 'credit (kept as a note)',
  'update-note': 'update note (kept as a note)',
  agency: 'agency name',
};

export function collectLines(lines: ClassifiedLine[]): Collected {
  const out: Collected = { removed: [], notes: [], agencies: [] };
  for (const entry of lines) {
    if (entry.kind === 'metadata') {
      const { metadata } = entry;
      if (metadata.agency) out.agencies.push(metadata.agency);
      if (metadata.channel) out.channel ??= metadata.channel;
      const date = metadata.date ? { value: metadata.date.value, line: entry.line } : undefined;
      if (date && metadata.role === 'updated') out.updated ??= date;
      else if (date) out.published ??= date;
      const what = metadata.kind === 'post-header' ? `post header of "${metadata.channel}"` : 'wire metadata';
      out.removed.push({ line: entry.line, text: entry.text, why: `${what}${date ? ` (${metadata.role ?? 'date'} ${date.value})` : ''}` });
    } else if (entry.kind === 'junk') {
      if (entry.agency) out.agencies.push(entry.agency);
      if (entry.junk === 'credit' || entry.junk === 'update-note') out.notes.push({ line: entry.line, text: entry.text });
      out.removed.push({ line: entry.line, text: entry.text, why: `${WHY[entry.junk]}: ${entry.rule}` });
    }
  }
  return out;
}
