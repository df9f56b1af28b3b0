// The corrections page: every correction of every item, newest first, with its item.
import { dateValue } from '../pipeline/schema/primitives.ts';
import type { ArticleEntry } from './types.ts';

export interface CorrectionEntry {
  date: string;
  text: string;
  articleId: string;
  articleTitle: string;
}

export function allCorrections(articles: readonly ArticleEntry[]): CorrectionEntry[] {
  const out: CorrectionEntry[] = [];
  for (const { id, data } of articles) {
    for (const correction of data.corrections ?? []) out.push({ date: correction.date, text: correction.text, articleId: id, articleTitle: data.title });
  }
  return out.sort((a, b) => dateValue(b.date) - dateValue(a.date) || a.articleId.localeCompare(b.articleId) || a.text.localeCompare(b.text));
}
