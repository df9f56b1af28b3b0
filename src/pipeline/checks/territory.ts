// Cross-file checks for territory snapshots and the items that show them: a snapshot is
// named after its `asOf` date, `claimedBy` names an actor, and an item's `map:` names a
// snapshot that exists. Raw fields are read leniently, as in resolve-references.ts.
import { suggestion } from '../did-you-mean.ts';
import { diagnostic, formatPath, type Diagnostic } from '../diagnostics.ts';
import { REGIONS } from '../schema/regions.ts';
import type { ContentIndex } from './content-index.ts';

export function checkTerritory(index: ContentIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const file of index.checked) {
    const raw = file.raw;
    if (file.collection === 'articles' && typeof raw.map === 'string' && !index.ids.territory.has(raw.map)) {
      out.push(
        diagnostic({
          file: file.file,
          at: file.locate(['map']),
          field: 'map',
          rule: 'unknown-reference',
          message: `unknown territory snapshot "${raw.map}"`,
          hint: suggestion(raw.map, index.ids.territory),
        }),
      );
    }
    if (file.collection !== 'territory') continue;
    if (typeof raw.asOf === 'string' && raw.asOf.slice(0, 10) !== file.id) {
      out.push(
        diagnostic({
          file: file.file,
          at: file.locate(['asOf']),
          field: 'asOf',
          rule: 'territory-date',
          message: `${raw.asOf} is not the date in the file name (${file.id}.md)`,
          hint: `rename the file to ${raw.asOf.slice(0, 10)}.md or correct asOf`,
        }),
      );
    }
    if (!Array.isArray(raw.regions)) continue;
    const report = (path: PropertyKey[], rule: 'duplicate' | 'territory-claim' | 'territory-coverage' | 'unknown-reference', message: string, hint?: string) =>
      out.push(diagnostic({ file: file.file, at: file.locate(path), field: formatPath(path), rule, message, hint }));
    const seen = new Map<string, number>();
    raw.regions.forEach((region: unknown, i) => {
      if (region === null || typeof region !== 'object') return;
      const { id, basis, claimedBy } = region as Record<string, unknown>;
      if (typeof id === 'string') {
        const first = seen.get(id);
        if (first !== undefined) report(['regions', i, 'id'], 'duplicate', `region "${id}" is listed twice (also regions[${first}])`);
        else seen.set(id, i);
      }
      if (basis === 'claimed' && claimedBy === undefined)
        report(['regions', i, 'basis'], 'territory-claim', 'a claimed control needs claimedBy: the actor who claims it');
      if (typeof claimedBy === 'string' && !index.ids.actors.has(claimedBy))
        report(['regions', i, 'claimedBy'], 'unknown-reference', `unknown actor "${claimedBy}"`, suggestion(claimedBy, index.ids.actors));
    });
    const missing = REGIONS.filter((r) => !seen.has(r.id)).map((r) => r.id);
    if (missing.length > 0)
      report(
        ['regions'],
        'territory-coverage',
        `leaves out ${missing.length} region${missing.length === 1 ? '' : 's'}: ${missing.join(', ')}`,
        'list every region; use control: unknown where nothing is known',
      );
  }
  return out;
}
