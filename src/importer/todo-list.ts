// What the editor must fill in or check before the draft can be published, in the
// order of the frontmatter.
import type { Artifact } from '../pipeline/artifacts/find-artifacts.ts';
import type { ChosenDate } from './choose-date.ts';
import type { ChosenHeadline } from './choose-headline.ts';

export interface TodoInput {
  headline: ChosenHeadline;
  date?: ChosenDate;
  topics: Array<{ strong: boolean }>;
  sourceName?: string;
  artifacts: Artifact[];
}

export function todoList({ headline, date, topics, sourceName, artifacts }: TodoInput): string[] {
  const todo: string[] = [];
  if (headline.unsure) todo.push(`title: the headline is unsure (line ${headline.unsure.line} is ${headline.unsure.why}); write one (10–160 characters)`);
  else if (!headline.text) todo.push('title: no headline found in the copy; write one (10–160 characters), then rename the file to match');
  todo.push('summary: write the dek (40–320 characters)');
  if (!date) todo.push("published: no date in the copy; set the story's date and delete the TODO line at the top of the body");
  else if (!date.sure) todo.push(`published: ${date.value} is from ${date.from}; check it`);
  if (!topics.some((t) => t.strong)) todo.push('topics: none suggested; add at least one topic id');
  todo.push(`sources[0].url: give the address of the original story${sourceName ? '' : ', and sources[0].name'}`);
  if (artifacts.length) todo.push(`body: fix ${artifacts.length} suspected find-and-replace artifact${artifacts.length === 1 ? '' : 's'} (see the warnings)`);
  todo.push("body: rewrite the wire copy in the briefing's own words, attributing every claim");
  return todo;
}
