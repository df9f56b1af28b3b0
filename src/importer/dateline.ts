// The dateline opens the first paragraph of agency copy: `KYIV, May 28 (Reuters) -`,
// `WASHINGTON (AP) —`, `(Bloomberg) --`. It is taken out of the text (the briefing
// writes its own) and reported, with the agency it names.
import type { Block } from './find-structure.ts';
import { agencyIn } from './junk-rules.ts';

export interface Dateline {
  /** The dateline as written, without the dash. */
  text: string;
  place?: string;
  agency?: string;
  /** The day it names, as written (`Aug 21`, `18 серпня`): a date of last resort. */
  day?: string;
}

// The agency in brackets, or between slashes as Ukrainian agencies write it (`/Укрінформ/`).
const AGENCY_NAMES = String.raw`Reuters|AP|AFP|Bloomberg|Associated Press|dpa|EFE|ANSA|UPI|Ukrinform|UNIAN|Interfax-Ukraine|Укрінформ|УНІАН|Інтерфакс-Україна`;
const AGENCY = String.raw`(?:\((${AGENCY_NAMES})\)|\/(${AGENCY_NAMES})\/)`;
// The agency in brackets is sign enough, so the place may be in any case: `Kyiv (AFP) -`.
const PLACE = String.raw`([\p{Lu}][\p{L} .'’-]{1,40}?(?:,\s*[\p{Lu}][\p{L} .'’-]{1,30})?)`;
const DAY = String.raw`(\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,10}\.?)`;
const WITH_AGENCY = new RegExp(String.raw`^(?:${PLACE}(?:,?\s+${DAY})?,?\s*)?${AGENCY}\s*[-–—.]{1,2}\s*`, 'u');
// Without an agency the place must be in capitals and followed by a dash: `KYIV —`.
const PLACE_ONLY =
  /^([\p{Lu}][\p{Lu} .'’-]{2,30}(?:,\s*[\p{Lu}][\p{L} .'’-]{1,30})?)\s+[—–]\s+|^([\p{Lu}][\p{Lu} .'’-]{2,30}(?:,\s*[\p{Lu}][\p{L} .'’-]{1,30})?)\s+--?\s+/u;

export function splitDateline(paragraph: string): { dateline?: Dateline; rest: string } {
  const withAgency = WITH_AGENCY.exec(paragraph);
  if (withAgency) {
    const named = withAgency[3] ?? withAgency[4]!;
    const agency = agencyIn(named) ?? named;
    const place = withAgency[1]?.trim();
    const day = withAgency[2]?.trim();
    return {
      dateline: { text: withAgency[0].replace(/\s*[-–—.]+\s*$/, ''), agency, ...(place ? { place } : {}), ...(day ? { day } : {}) },
      rest: paragraph.slice(withAgency[0].length),
    };
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

/** Cuts the dateline off the first paragraph (in place) and returns it. */
export function takeDateline(blocks: Block[]): Dateline | undefined {
  const first = blocks.find((b) => b.kind === 'paragraph');
  if (!first || first.kind !== 'paragraph') return undefined;
  const split = splitDateline(first.text);
  if (split.dateline) first.text = split.rest;
  return split.dateline;
}
