// Every id an entry mentions (topics, actors, claimants, event topics, the site's lead
// item) must name a file that exists.
import { suggestion } from '../did-you-mean.ts';
import { diagnostic, formatPath, type Diagnostic } from '../diagnostics.ts';
import type { Entry } from '../load-entry.ts';
import type { ContentIndex } from './content-index.ts';

type Kind = 'topic' | 'actor' | 'article';

function check(entry: Entry, path: PropertyKey[], value: string, kind: Kind, known: Set<string>, out: Diagnostic[]) {
  if (known.has(value)) return;
  out.push(diagnostic(entry.file, entry.locate(path), formatPath(path), 'unknown-reference', `unknown ${kind} "${value}"`, suggestion(value, known)));
}

export function checkReferences(index: ContentIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const entry of index.entries) {
    if (entry.collection === 'site') {
      const lead = (entry as Entry<'site'>).data.lead;
      if (lead) check(entry, ['lead'], lead, 'article', index.ids.articles, out);
      continue;
    }
    if (entry.collection !== 'articles') continue;
    const article = (entry as Entry<'articles'>).data;
    article.topics.forEach((id, i) => check(entry, ['topics', i], id, 'topic', index.ids.topics, out));
    article.actors.forEach((id, i) => check(entry, ['actors', i], id, 'actor', index.ids.actors, out));
    article.claims?.forEach((claim, i) => check(entry, ['claims', i, 'by'], claim.by, 'actor', index.ids.actors, out));
    article.events?.forEach((event, i) => event.topics?.forEach((id, j) => check(entry, ['events', i, 'topics', j], id, 'topic', index.ids.topics, out)));
  }
  return out;
}
