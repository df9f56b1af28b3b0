// Cross-file checks for territory snapshots and the items that show them: a snapshot is
// named after its `asOf` date, `claimedBy` names an actor, and an item's `map:` names a
// snapshot that exists. Raw fields are read leniently, as in resolve-references.ts.
import { suggestion } from '../did-you-mean.ts';
import { diagnostic, formatPath, type Diagnostic } from '../diagnostics.ts';
import type { ContentIndex } from './content-index.ts';

export function checkTerritory(index: ContentIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const file of index.checked) {
    const raw = file.raw;
    if (file.collection === 'articles' && typeof raw.map === 'string' && !index.ids.territory.has(raw.map)) {
      out.push(diagnostic({ file: file.file, at: file.locate(['map']), field: 'map', rule: 'unknown-reference', message: `unknown territory snapshot "${raw.map}"`, hint: suggestion(raw.map, index.ids.territory) }));
    }
    if (file.collection !== 'territory') continue;
    if (typeof raw.asOf === 'string' && raw.asOf.slice(0, 10) !== file.id) {
      out.push(diagnostic({ file: file.file, at: file.locate(['asOf']), field: 'asOf', rule: 'territory-date', message: `${raw.asOf} is not the date in the file name (${file.id}.md)`, hint: `rename the file to ${raw.asOf.slice(0, 10)}.md or correct asOf` }));
    }
    const regions = Array.isArray(raw.regions) ? raw.regions : [];
    regions.forEach((region: unknown, i) => {
      const by = region !== null && typeof region === 'object' ? (region as Record<string, unknown>).claimedBy : undefined;
      if (typeof by !== 'string' || index.ids.actors.has(by)) return;
      const path = ['regions', i, 'claimedBy'];
      out.push(diagnostic({ file: file.file, at: file.locate(path), field: formatPath(path), rule: 'unknown-reference', message: `unknown actor "${by}"`, hint: suggestion(by, index.ids.actors) }));
    });
  }
  return out;
}
