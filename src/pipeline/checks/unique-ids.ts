import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import type { ContentFile } from '../discover-files.ts';

/** Two files that would give the same page (same collection and id) are both reported. */
export function checkUniqueIds(files: ContentFile[]): Diagnostic[] {
  const byKey = new Map<string, ContentFile[]>();
  for (const file of files) {
    const key = `${file.collection}/${file.id}`;
    byKey.set(key, [...(byKey.get(key) ?? []), file]);
  }
  const out: Diagnostic[] = [];
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    for (const file of group) {
      const others = group.filter((f) => f !== file).map((f) => f.file);
      const what = file.collection === 'site' ? 'site settings' : `id "${file.id}"`;
      out.push(
        diagnostic({
          file: file.file,
          at: { line: 1, column: 1 },
          field: 'file',
          rule: 'duplicate-id',
          message: `${what} is also used by ${others.join(', ')}`,
          hint: 'ids are file names and must be unique across all sub-folders: rename one',
        }),
      );
    }
  }
  return out;
}
