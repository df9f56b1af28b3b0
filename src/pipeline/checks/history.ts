// Changes that rewrite the public record, found by comparing with the last commit: a
// published claim's status edited in place (its history then says it was always so; a
// status update keeps the change visible), and a published item deleted (its URL breaks;
// withdrawing keeps a notice). Warnings: the editor may mean it, but should know.
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import type { ContentIndex } from './content-index.ts';
import type { Baseline } from './git-baseline.ts';

interface RawClaim {
  id?: unknown;
  text?: unknown;
  status?: unknown;
}

function claims(fields: Record<string, unknown>): RawClaim[] {
  return Array.isArray(fields.claims) ? fields.claims.filter((c): c is RawClaim => Boolean(c) && typeof c === 'object') : [];
}

/** Published (or scheduled) in the last commit: anything but a draft. */
function wasPublished(fields: Record<string, unknown>): boolean {
  return fields.status !== 'draft';
}

function slugOf(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1, -3);
}

export function checkHistory(index: ContentIndex, baseline: Baseline | undefined, today: string): Diagnostic[] {
  if (!baseline) return [];
  const out: Diagnostic[] = [];
  for (const article of index.articles) {
    const before = baseline.changed.get(article.file);
    if (!before || !wasPublished(before)) continue;
    const earlier = claims(before);
    article.data.claims?.forEach((claim, i) => {
      // A tracked claim is matched by id, a one-off claim by its wording.
      const old = earlier.find((c) => (claim.id ? c.id === claim.id : c.id === undefined && c.text === claim.text));
      if (!old || typeof old.status !== 'string' || old.status === claim.status) return;
      const target = claim.id
        ? `content/updates/${today}-<slug>.md with claims: [{ id: ${claim.id}, status: ${claim.status}, note, source }]`
        : 'a status update (give the claim an id first)';
      out.push(
        diagnostic({
          file: article.file,
          at: article.locate(['claims', i, 'status']),
          field: `claims[${i}].status`,
          rule: 'status-in-place',
          message: `was "${old.status}" in the last commit, now "${claim.status}": editing it here rewrites the claim's history`,
          hint: `keep "${old.status}" here and add ${target}`,
        }),
      );
    });
  }
  for (const [file, before] of [...baseline.deleted].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!file.includes('/articles/') || !wasPublished(before) || index.files.has(file)) continue;
    out.push(
      diagnostic({
        file,
        at: { line: 1, column: 1 },
        field: 'file',
        rule: 'deleted-item',
        message: `the published item "${slugOf(file)}" was deleted since the last commit; its URL and links to it will break`,
        hint: `restore it (git checkout HEAD -- ${file}) and set status: withdrawn with withdrawn: { date: ${today}, reason: … }`,
      }),
    );
  }
  return out;
}
