// Articles live in content/articles/<year>/ by their `published` year. An item whose
// date was corrected keeps its old folder, and then `./other.md` links written for the
// right folder fail without a hint; this warning names the folder it belongs in.
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import type { Entry } from '../load-entry.ts';

export function checkYearFolders(articles: Entry<'articles'>[], contentDir: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const entry of articles) {
    const match = new RegExp(`^${contentDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/articles/(\\d{4})/[^/]+$`).exec(entry.file);
    if (!match) continue;
    // The year as the editor wrote it: the calendar date in front of any time and offset.
    const year = entry.data.published.slice(0, 4);
    if (match[1] === year) continue;
    const name = entry.file.slice(entry.file.lastIndexOf('/') + 1);
    out.push(
      diagnostic({
        file: entry.file,
        at: entry.locate(['published']),
        field: 'published',
        rule: 'year-folder',
        message: `published in ${year}, but the file is in the ${match[1]} folder`,
        hint: `move it to ${contentDir}/articles/${year}/${name}; the id stays the same, but check its ./relative links after the move`,
      }),
    );
  }
  return out;
}
