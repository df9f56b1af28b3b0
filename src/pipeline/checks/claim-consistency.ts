// A claim id names one claim across items: whoever made it first made it everywhere.
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import { dateValue } from '../schema/primitives.ts';
import type { ContentIndex } from './content-index.ts';

export function checkClaimConsistency(index: ContentIndex): Diagnostic[] {
  const first = new Map<string, { by: string; file: string; published: number }>();
  const uses: Array<{
    id: string;
    by: string;
    file: string;
    published: number;
    path: PropertyKey[];
    locate: (p: ReadonlyArray<PropertyKey>) => { line: number; column: number };
  }> = [];
  for (const article of index.articles) {
    article.data.claims?.forEach((claim, i) => {
      if (claim.id)
        uses.push({
          id: claim.id,
          by: claim.by,
          file: article.file,
          published: dateValue(article.data.published),
          path: ['claims', i, 'by'],
          locate: article.locate,
        });
    });
  }
  // The earliest item sets the claimant; ties are broken by file name so output is stable.
  uses.sort((a, b) => a.published - b.published || (a.file < b.file ? -1 : 1));
  const out: Diagnostic[] = [];
  for (const use of uses) {
    const seen = first.get(use.id);
    if (!seen) {
      first.set(use.id, use);
    } else if (seen.by !== use.by) {
      out.push(
        diagnostic({
          file: use.file,
          at: use.locate(use.path),
          field: `claims[${use.path[1] as number}].by`,
          rule: 'claim-claimant',
          message: `claim "${use.id}" is attributed to "${use.by}" here but to "${seen.by}" in ${seen.file}`,
          hint: 'a claim id keeps its claimant; use a new id for a different claim',
        }),
      );
    }
  }
  return out;
}
