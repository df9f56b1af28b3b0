// Status updates (content/updates/) move tracked claims: every claim id must be one that
// some item tracks, and the file name's day must be the update's date, so that the folder
// reads as a log in order.
import { suggestion } from '../did-you-mean.ts';
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import type { CheckedFile } from '../load-entry.ts';
import { dateValue } from '../schema/primitives.ts';
import type { ContentIndex } from './content-index.ts';

/** Where and when each tracked claim was first reported, from the valid items. */
function firstReports(index: ContentIndex): Map<string, { file: string; date: string }> {
  const first = new Map<string, { file: string; date: string }>();
  for (const article of index.articles) {
    for (const claim of article.data.claims ?? []) {
      const known = claim.id ? first.get(claim.id) : undefined;
      if (claim.id && (!known || dateValue(article.data.published) < dateValue(known.date)))
        first.set(claim.id, { file: article.file, date: article.data.published });
    }
  }
  return first;
}

function trackedClaimIds(index: ContentIndex): Set<string> {
  const ids = new Set<string>();
  for (const file of index.checked) {
    if (file.collection !== 'articles' || !Array.isArray(file.raw.claims)) continue;
    for (const claim of file.raw.claims) {
      const id = claim && typeof claim === 'object' ? (claim as Record<string, unknown>).id : undefined;
      if (typeof id === 'string') ids.add(id);
    }
  }
  return ids;
}

function checkDate(file: CheckedFile, out: Diagnostic[]): void {
  const date = file.raw.date;
  const day = file.id.slice(0, 10);
  // A date object means YAML read an unquoted date: compare its day all the same.
  const written = date instanceof Date ? date.toISOString().slice(0, 10) : typeof date === 'string' ? date.slice(0, 10) : undefined;
  if (written && written !== day) {
    out.push(
      diagnostic({
        file: file.file,
        at: file.locate(['date']),
        field: 'date',
        rule: 'update-date',
        message: `is ${written} but the file name starts with ${day}`,
        hint: `rename the file to ${written}${file.id.slice(10)}.md or fix the date`,
      }),
    );
  }
}

export function checkUpdates(index: ContentIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  const tracked = trackedClaimIds(index);
  const first = firstReports(index);
  for (const file of index.checked) {
    if (file.collection !== 'updates') continue;
    checkDate(file, out);
    const claims = Array.isArray(file.raw.claims) ? file.raw.claims : [];
    const entry = file.entry?.collection === 'updates' ? (file.entry.data as { date: string }) : undefined;
    claims.forEach((claim, i) => {
      const id = claim && typeof claim === 'object' ? (claim as Record<string, unknown>).id : undefined;
      const reported = typeof id === 'string' ? first.get(id) : undefined;
      // The ledger applies updates in date order: one dated before the claim exists would be lost.
      if (entry && reported && dateValue(entry.date) < dateValue(reported.date)) {
        out.push(
          diagnostic({
            file: file.file,
            at: file.locate(['date']),
            field: 'date',
            rule: 'date-order',
            message: `${entry.date} is before claim "${id}" was first reported (${reported.date} in ${reported.file})`,
            hint: 'a status update follows the claim: check the date',
          }),
        );
      }
      if (typeof id !== 'string' || tracked.has(id)) return;
      out.push(
        diagnostic({
          file: file.file,
          at: file.locate(['claims', i, 'id']),
          field: `claims[${i}].id`,
          rule: 'unknown-reference',
          message: `unknown claim "${id}"`,
          hint: suggestion(id, tracked),
        }),
      );
    });
  }
  return out;
}
