// Day notes (content/days/): every takeaway's `item` must name an item that exists and
// is on the public site, or the day page would link to nothing. Raw fields are read
// leniently, so a note with other mistakes still gets its links checked.
import { suggestion } from '../did-you-mean.ts';
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import type { Entry } from '../load-entry.ts';
import { visibility } from '../visibility.ts';
import type { ContentIndex } from './content-index.ts';

function takeaways(raw: Record<string, unknown>): unknown[] {
  return Array.isArray(raw.takeaways) ? raw.takeaways : [];
}

export function checkDayNotes(index: ContentIndex, now: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const file of index.checked) {
    if (file.collection !== 'days') continue;
    takeaways(file.raw).forEach((takeaway, i) => {
      const item = takeaway !== null && typeof takeaway === 'object' ? (takeaway as Record<string, unknown>).item : undefined;
      if (typeof item !== 'string') return;
      const path = ['takeaways', i, 'item'];
      // Positions read the file again: only for a takeaway that is reported.
      const at = () => file.locate(path);
      const field = `takeaways[${i}].item`;
      if (!index.ids.articles.has(item)) {
        out.push(
          diagnostic({
            file: file.file,
            at: at(),
            field,
            rule: 'unknown-reference',
            message: `unknown article "${item}"`,
            hint: suggestion(item, index.ids.articles),
          }),
        );
        return;
      }
      const article = index.entryById.articles.get(item) as Entry<'articles'> | undefined;
      const state = article ? visibility(article.data, now) : 'public';
      if (state !== 'public') {
        out.push(
          diagnostic({
            file: file.file,
            at: at(),
            field,
            rule: 'unpublished-link',
            message: `item "${item}" is ${state === 'draft' ? 'a draft' : 'scheduled'}, so the day page cannot link to it`,
            hint: 'publish the item first or leave item out',
          }),
        );
      }
    });
  }
  return out;
}
