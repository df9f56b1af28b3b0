// The artifact lint of the importer, run by the check over every article: a name turned
// into "name + topic title", or a topic title standing where a name belongs. A warning
// with the line and the phrase, in drafts and published items alike: the words may be
// right, only an editor can tell.
import { findReplaceArtifacts } from '../artifacts/find-artifacts.ts';
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

export function checkFindReplaceArtifacts(articles: Entry<'articles'>[], actors: Entry<'actors'>[], topics: Entry<'topics'>[]): Diagnostic[] {
  const knownNames = actors.flatMap((a) => [a.data.name, a.data.affiliation, ...a.data.aliases]);
  const labels = topics.map((t) => t.data.title);
  const out: Diagnostic[] = [];
  for (const entry of articles) {
    for (const a of findReplaceArtifacts(proseLines(entry.body, entry.bodyLine), { knownNames, labels })) {
      out.push(diagnostic({ file: entry.file, at: { line: a.line, column: a.column }, field: 'body', rule: 'find-replace-artifact', message: a.message, hint: a.hint }));
    }
  }
  return out;
}
