// The artifact lint of the importer, run by the check over every article: a name turned
// into "name + topic title", or a topic title standing where a name belongs. A warning
// with the line and the phrase, in drafts and published items alike: the words may be
// right, only an editor can tell.
import { createHash } from 'node:crypto';
import { findReplaceArtifacts, type Artifact } from '../artifacts/find-artifacts.ts';
import type { ResultCache } from '../cache/result-cache.ts';
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import type { Entry } from '../load-entry.ts';

/** Body lines as running text: headings, code and tables left out; link and emphasis
 * marks blanked to spaces so that columns still point into the file. */
export function proseLines(body: string, firstLine: number): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number }> = [];
  let fenced = false;
  body.split('\n').forEach((raw, i) => {
    if (/^\s*(?:```|~~~)/.test(raw)) fenced = !fenced;
    if (fenced || /^\s*(?:#|\||```|~~~|<)/.test(raw) || !raw.trim()) return;
    const text = raw
      .replace(/\]\([^)]*\)/g, (m) => ' '.repeat(m.length))
      .replace(/^(\s*)(?:[-*+]|\d+[.)]|>)\s/, (m) => ' '.repeat(m.length))
      .replace(/[[\]*_`]/g, ' ');
    out.push({ text, line: firstLine + i });
  });
  return out;
}

/** The lint reads every body on every run (about a millisecond an article), so results
 * are cached by the file's bytes and the names and titles it was checked against. */
export function checkFindReplaceArtifacts(
  articles: Entry<'articles'>[],
  actors: Entry<'actors'>[],
  topics: Entry<'topics'>[],
  cache?: ResultCache<Artifact[]>,
): Diagnostic[] {
  const knownNames = actors.flatMap((a) => [a.data.name, a.data.affiliation, ...a.data.aliases]);
  const labels = topics.map((t) => t.data.title);
  const against = createHash('sha256')
    .update(JSON.stringify([knownNames, labels]))
    .digest('hex')
    .slice(0, 16);
  const out: Diagnostic[] = [];
  for (const entry of articles) {
    const key = `${entry.digest}\0${against}`;
    let found = cache?.get(key);
    if (!found) {
      found = findReplaceArtifacts(proseLines(entry.body, entry.bodyLine), { knownNames, labels });
      cache?.set(key, found);
    }
    for (const a of found) {
      out.push(
        diagnostic({
          file: entry.file,
          at: { line: a.line, column: a.column },
          field: 'body',
          rule: 'find-replace-artifact',
          message: a.message,
          hint: a.hint,
        }),
      );
    }
  }
  return out;
}
