// The view model of one day page (src/site/days.ts makes it): plain data that the page,
// the email edition and the digest feed all render.
import type { ClaimStatus } from '../pipeline/schema/index.ts';
import type { CorrectionEntry } from './corrections.ts';

export interface DayTakeaway {
  text: string;
  /** The item it rests on, when the editor named one. */
  item?: { id: string; title: string };
  /** An https source, when the editor gave one. */
  source?: string;
}
export interface DayItem {
  id: string;
  title: string;
  summary: string;
  published: string;
  keyPoints: string[];
}
export interface DayClaimChange {
  anchor: string;
  text: string;
  by: string;
  from: ClaimStatus;
  to: ClaimStatus;
  date: string;
  articleId: string;
  articleTitle: string;
  /** Why the status is what it is, when the report says (claims[].note). */
  note?: string;
}
export interface DayEvent {
  date: string;
  title: string;
  articleId: string;
}
/** A correction made that day: the corrections page's entry. */
export type DayCorrection = CorrectionEntry;
export interface DayPage {
  /** `yyyy-mm-dd` in the site's time zone. */
  date: string;
  path: string;
  takeaways: DayTakeaway[];
  /** The day note's body as HTML, when it has one. */
  noteHtml?: string;
  /** Newest first. */
  items: DayItem[];
  claimChanges: DayClaimChange[];
  events: DayEvent[];
  corrections: DayCorrection[];
  /** The earliest and latest dates the day's content carries, for feeds and JSON-LD. */
  firstDate: string;
  lastDate: string;
  /** The neighbouring days with news. */
  previous?: string;
  next?: string;
}
