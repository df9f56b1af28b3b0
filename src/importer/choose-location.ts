// Where the draft goes: the editor's `--out` as given (its name is the id), else
// content/articles/<year>/<slug>.md from the headline, in the year of the copy's date
// (today's when it has none). An id that clashes is refused, with `--out` as the way out.
import { locateDraft, type DraftLocation } from '../drafts/draft-location.ts';
import { yearInZone } from '../drafts/today.ts';
import { idSource } from './draft-id.ts';

export interface LocationInput {
  out?: string;
  headline?: string;
  sha256: string;
  /** The draft's published date (or the stand-in). */
  date: string;
  timezone: string;
  existing: Map<string, string>;
  contentDir?: string;
}

export function chooseLocation(input: LocationInput): DraftLocation {
  if (input.out) return { ok: true, file: input.out, id: input.out.replace(/^.*[\\/]/, '').replace(/\.md$/, '') };
  const location = locateDraft({
    title: idSource(input.headline, input.sha256),
    year: yearInZone(input.date, input.timezone),
    existing: input.existing,
    ...(input.contentDir ? { contentDir: input.contentDir } : {}),
  });
  return location.ok ? location : { ok: false, message: location.message, hint: `${location.hint}; or give --out <file>` };
}
