// The draft file: provenance and warnings as comments at the top, the frontmatter with
// every suggestion explained beside it, then the cleaned body. Placeholders are the
// check's TODO mark, so nothing doubtful can be published unnoticed.
import type { Artifact } from '../pipeline/artifacts/find-artifacts.ts';
import { PLACEHOLDER_MARK, PLACEHOLDER_URL } from '../pipeline/checks/placeholders.ts';
import { renderDraft, type DraftField } from '../drafts/render-draft.ts';
import { SUMMARY_PLACEHOLDER } from '../drafts/scaffold-article.ts';
import type { ChosenDate } from './choose-date.ts';
import type { ActorSuggestion } from './suggest-actors.ts';
import type { TopicSuggestion } from './suggest-topics.ts';
import type { MarkdownBody } from './to-markdown.ts';

export interface DraftParts {
  header: string[];
  title?: string;
  date?: ChosenDate;
  /** `published` when the copy has no date: a stand-in the body's TODO line flags. */
  fallbackDate: string;
  timezone: string;
  topics: Array<TopicSuggestion & { strong: boolean }>;
  actors: ActorSuggestion[];
  sourceName?: string;
  body: MarkdownBody;
  artifacts: Artifact[];
}

export const NO_DATE_NOTE = `${PLACEHOLDER_MARK}: the copy gives no date; set published to the day the story was published, then delete this line.`;
const UNSURE_DATE_NOTE = (from: string) => `${PLACEHOLDER_MARK}: published comes from ${from}; check it, then delete this line.`;

export function draftText(parts: DraftParts): { text: string; artifacts: Array<Artifact & { draftLine?: number }> } {
  const strong = parts.topics.filter((t) => t.strong);
  const other = parts.topics.filter((t) => !t.strong);
  const quote = (t: { phrase: string; count: number; line: number }) => `"${t.phrase}" ×${t.count}, first on line ${t.line}`;
  const dateComment = parts.date
    ? `from ${parts.date.from}${parts.date.sure ? '' : `; ${PLACEHOLDER_MARK}: check it`}`
    : `${PLACEHOLDER_MARK}: no date in the copy; a stand-in (today in ${parts.timezone}), see the body's first line`;
  const fields: DraftField[] = [
    { key: 'title', value: parts.title ?? `${PLACEHOLDER_MARK}: write the headline` },
    { key: 'summary', value: SUMMARY_PLACEHOLDER },
    { key: 'published', value: parts.date?.value ?? parts.fallbackDate, comment: dateComment },
    { key: 'status', value: 'draft' },
    {
      key: 'topics',
      value: strong.map((t) => t.id),
      itemComments: strong.map((t) => `suggested: ${t.triggers.map(quote).join('; ')}`),
      ...(other.length ? { comment: `also possible: ${other.map((t) => `${t.id} (${t.triggers.map((x) => `"${x.phrase}"`).join(', ')})`).join('; ')}` } : {}),
    },
    {
      key: 'actors',
      value: parts.actors.map((a) => a.id),
      itemComments: parts.actors.map(
        (a) =>
          `suggested: ${a.phrases
            .slice(0, 3)
            .map((p) => `"${p.phrase}" ×${p.count}`)
            .join(', ')}; first on line ${a.trigger.line}`,
      ),
    },
    {
      key: 'sources',
      value: [{ name: parts.sourceName ?? `${PLACEHOLDER_MARK}: name of the source`, url: PLACEHOLDER_URL }],
      comment: `${PLACEHOLDER_MARK}: the address of the original story (https)`,
    },
  ];
  // In the body, where the check sees it: a draft warning, an error once published.
  const note = !parts.date ? [NO_DATE_NOTE, ''] : parts.date.sure ? [] : [UNSURE_DATE_NOTE(parts.date.from), ''];
  const body = [...note, parts.body.markdown].join('\n');
  // The header grows with the warnings, so they go last and draft lines are counted after.
  const draft = (warnings: string[]) => renderDraft({ header: [...parts.header, ...warnings], fields, body });
  const sized = draft(parts.artifacts.map(() => ''));
  const bodyStart = sized.slice(0, sized.lastIndexOf(body)).split('\n').length;
  const located = parts.artifacts.map((a): Artifact & { draftLine?: number } => {
    const bodyLine = parts.body.lineMap.get(a.line);
    return bodyLine ? { ...a, draftLine: bodyStart + note.length + bodyLine - 1 } : { ...a };
  });
  const text = draft(located.map((a) => `WARNING input line ${a.line}${a.draftLine ? ` (draft line ${a.draftLine})` : ''}: ${a.message}`));
  return { text, artifacts: located };
}
