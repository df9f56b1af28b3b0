// Every id an entry mentions (topics, actors, claimants, event topics, authors and
// reviewers, the site's lead item) must name a file that exists. Raw fields are read leniently, so a file with
// other mistakes still gets its references checked.
import { suggestion } from '../did-you-mean.ts';
import { diagnostic, formatPath, type Diagnostic } from '../diagnostics.ts';
import type { CheckedFile } from '../load-entry.ts';
import type { ContentIndex } from './content-index.ts';
import { field, list } from './raw-values.ts';

type Kind = 'topic' | 'actor' | 'article' | 'author';

export function checkReferences(index: ContentIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  const check = (file: CheckedFile, path: PropertyKey[], value: unknown, kind: Kind, known: Set<string>) => {
    if (typeof value !== 'string' || known.has(value)) return;
    out.push(
      diagnostic({
        file: file.file,
        at: file.locate(path),
        field: formatPath(path),
        rule: 'unknown-reference',
        message: `unknown ${kind} "${value}"`,
        hint: suggestion(value, known),
      }),
    );
  };
  for (const file of index.checked) {
    const raw = file.raw;
    if (file.collection === 'site') {
      check(file, ['lead'], raw.lead, 'article', index.ids.articles);
      continue;
    }
    if (file.collection !== 'articles') continue;
    list(raw.topics).forEach((id, i) => check(file, ['topics', i], id, 'topic', index.ids.topics));
    list(raw.actors).forEach((id, i) => check(file, ['actors', i], id, 'actor', index.ids.actors));
    list(raw.claims).forEach((claim, i) => check(file, ['claims', i, 'by'], field(claim, 'by'), 'actor', index.ids.actors));
    list(raw.events).forEach((event, i) =>
      list(field(event, 'topics')).forEach((id, j) => check(file, ['events', i, 'topics', j], id, 'topic', index.ids.topics)),
    );
    list(raw.authors).forEach((id, i) => check(file, ['authors', i], id, 'author', index.ids.authors));
    check(file, ['reviewedBy'], raw.reviewedBy, 'author', index.ids.authors);
  }
  return out;
}
