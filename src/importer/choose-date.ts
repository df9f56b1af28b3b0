// Which date the draft's `published` gets, and how sure the importer is: the copy's own
// publication stamp, the page's <time datetime>, an update stamp when that is all there
// is, then the dateline's day (its year assumed). Never the clock: with none of these the
// draft says so and the check refuses it once published.
import type { Collected } from './collect-lines.ts';
import type { Dateline } from './dateline.ts';
import { parseWireDate } from './parse-wire-date.ts';
import type { HtmlArticle } from './read-html.ts';

export interface ChosenDate {
  value: string;
  /** Where it came from, for the draft's comment and the report. */
  from: string;
  line?: number;
  /** False when the editor must confirm it (a year assumed). */
  sure: boolean;
}

export interface DateSources {
  collected: Collected;
  html?: HtmlArticle;
  dateline?: Dateline;
  zone?: string;
  now: number;
}

export function chooseDate({ collected, html, dateline, zone, now }: DateSources): ChosenDate | undefined {
  if (html?.published) return { value: html.published.value, from: html.published.from, sure: true };
  if (collected.published)
    return { value: collected.published.value, from: `the copy's date on line ${collected.published.line}`, line: collected.published.line, sure: true };
  if (collected.updated)
    return {
      value: collected.updated.value,
      from: `the copy's "updated" stamp on line ${collected.updated.line} (no first-published date given)`,
      line: collected.updated.line,
      sure: true,
    };
  if (dateline?.day) {
    const date = parseWireDate(dateline.day, { reference: new Date(now), ...(zone ? { zone } : {}) });
    if (date) return { value: date.value, from: `the dateline "${dateline.text}", year assumed`, sure: false };
  }
  return undefined;
}
