// The dateline opens the first paragraph of agency copy: `KYIV, May 28 (Reuters) -`,
// `WASHINGTON (AP) —`, `(Bloomberg) --`. It is taken out of the text (the briefing
// writes its own) and reported, with the agency it names.
import { agencyIn } from './junk-rules.ts';

export interface Dateline {
  /** The dateline as written, without the dash. */
  text: string;
  place?: string;
  agency?: string;
}

const AGENCY = String.raw`\((Reuters|AP|AFP|Bloomberg|Associated Press|dpa|EFE|ANSA|UPI)\)`;
const PLACE = String.raw`([\p{Lu}][\p{Lu} .'’-]{1,40}(?:,\s*[\p{Lu}][\p{L} .'’-]{1,30})?)`;
const WITH_AGENCY = new RegExp(String.raw`^(?:${PLACE},?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+)?)?${AGENCY}\s*[-–—]{1,2}\s*`, 'u');
// Without an agency the place must be in capitals and followed by a dash: `KYIV —`.
const PLACE_ONLY = /^([\p{Lu}][\p{Lu} .'’-]{2,30}(?:,\s*[\p{Lu}][\p{L} .'’-]{1,30})?)\s+[—–]\s+|^([\p{Lu}][\p{Lu} .'’-]{2,30}(?:,\s*[\p{Lu}][\p{L} .'’-]{1,30})?)\s+--?\s+/u;

export function splitDateline(paragraph: string): { dateline?: Dateline; rest: string } {
  const withAgency = WITH_AGENCY.exec(paragraph);
  if (withAgency) {
    const agency = agencyIn(withAgency[2]!) ?? withAgency[2]!;
    const place = withAgency[1]?.trim();
    return { dateline: { text: withAgency[0].replace(/\s*[-–—]+\s*$/, ''), agency, ...(place ? { place } : {}) }, rest: paragraph.slice(withAgency[0].length) };
  }
  const placeOnly = PLACE_ONLY.exec(paragraph);
  if (placeOnly) {
    const place = (placeOnly[1] ?? placeOnly[2]!).trim();
    // One capitalised word followed by a dash can be a sentence ("NATO — the alliance…").
    if (place.includes(',') || place.split(/\s+/).length > 1 || place.length >= 4) {
      return { dateline: { text: place, place }, rest: paragraph.slice(placeOnly[0].length) };
    }
  }
  return { rest: paragraph };
}
