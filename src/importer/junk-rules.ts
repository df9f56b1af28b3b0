// Lines that scrapers and wire feeds add around a story. Each rule covers a class of
// line seen across agencies and news sites, not one seed: page furniture, share and
// subscribe prompts, link lists, photo captions, agency boilerplate and credits.
// Credits and update notes are kept as notes in the draft; the rest is dropped and
// listed in the report, so an editor can see exactly what went.
import { MORE_JUNK_RULES } from './junk-rules-more.ts';

/** What a matched line is, and so what happens to it. */
export type JunkKind =
  | 'furniture' // page furniture and prompts: dropped
  | 'caption' // photo and video captions, gallery counters: dropped
  | 'boilerplate' // agency copyright, standards and funding lines: dropped
  | 'credit' // bylines, reporting and editing credits: kept as a note
  | 'update-note' // "(Updates with ...)": kept as a note
  | 'agency'; // a line that only names the agency: dropped, agency noted

export interface JunkRule {
  id: string;
  kind: JunkKind;
  /** Tested against the trimmed line. */
  pattern: RegExp;
  /** Longest line the rule applies to: a long line is prose, whatever it starts with. */
  maxLength?: number;
  /** The agency the line reveals, when it does. */
  agency?: string;
}

const AGENCY_CAPITALISED = String.raw`(?:Reuters|REUTERS|AP|AFP|Associated Press|Agence France-Presse|Bloomberg(?: News)?|dpa|EFE|ANSA|PA Media|UPI|Xinhua|TASS|Interfax|Anadolu)`;
const AGENCY = String.raw`(?:reuters|ap|afp|associated press|agence france-presse|bloomberg(?: news)?|dpa|efe|ansa|pa media|upi|xinhua|tass|interfax|anadolu)`;

// A table, one rule a line, so rules read and diff one by one: Prettier leaves it as laid out.
// prettier-ignore
export const JUNK_RULES: JunkRule[] = [
  // Page furniture.
  { id: 'loading', kind: 'furniture', pattern: /^(?:loading|fetching|please wait)(?:\s+[\p{L}\d ]{1,40})?(?:\.{2,}|…)$|^loading$/iu },
  { id: 'advertisement', kind: 'furniture', pattern: /^(?:advertisement|advertising|advert|ad|ads by \w+|sponsored(?: content| links?)?|promoted(?: content)?|skip (?:advertisement|ad)|report (?:this )?ad|story continues below(?: this)?(?: advertisement| ad)?|article continues (?:below|after(?: this)? (?:advertisement|ad))|scroll (?:down )?to continue(?: with content| reading)?|continue reading(?: the main story| below)?|remove ads)\.?$/i },
  { id: 'share-prompt', kind: 'furniture', pattern: /^(?:share(?: this)?(?: article| story| page| on \w+| via \w+)?|tweet(?: this)?|e-?mail(?: this)?(?: article)?|print(?: this)?(?: article)?|copy(?: the)? link|link copied!?|save(?: article| for later)?|bookmark|gift(?: this)? article|listen(?: to (?:this|the) article)?|\d+(?::\d\d)? ?min(?:ute)?s?(?: read| listen)?|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|flipboard|pinterest|threads|bluesky|comments?|\d+ comments?|view comments|show comments|font size|text size|aa)$/i },
  { id: 'subscribe-prompt', kind: 'furniture', maxLength: 160, pattern: /^(?:subscribe(?: now| today| here)?|sign ?up(?: here| now| today)?|already (?:a subscriber|have an account)\??(?: log ?in| sign ?in)?|log ?in|sign ?in|create (?:a )?free account|register(?: now)?(?: for free)?\b.*|(?:get|receive) (?:the|our|a) [^.]{0,60}newsletter.*|sign up (?:for|to) [^.]{0,80}(?:newsletter|briefing|alerts?|updates)\b.*|subscribe (?:to|for) [^.]{0,80}|(?:free )?newsletter|unlock (?:this|more) (?:article|stories)\b.*|support (?:our|independent) journalism\b.*)\.?$/i },
  { id: 'related-links', kind: 'furniture', maxLength: 200, pattern: /^(?:related(?: coverage| content| stories| articles| news| topics| links| reading)?|more (?:on|from|about|in) (?:this story|[\p{L} .'’-]{1,40})|read (?:more|next|also)(?::.*)?|see also(?::.*)?|also read(?::.*)?|recommended(?: stories| for you| reading)?|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|up next|what to read next|you (?:may|might) (?:also )?like|explore more|more stories|latest (?:news|stories)|topics|tags|suggested topics)\s*:?$/iu },
  { id: 'site-navigation', kind: 'furniture', pattern: /^(?:skip to (?:main )?content|skip navigation|menu|search|home|close|back to top|next article|previous article|open (?:in|new) (?:tab|window)|opens new tab|accept(?: all)?(?: cookies)?|reject all|manage (?:cookies|preferences|consent)|cookie (?:settings|policy|preferences))\.?$/i },
  { id: 'cookie-notice', kind: 'furniture', maxLength: 300, pattern: /^we use cookies\b.*$/i },
  { id: 'click-here', kind: 'furniture', maxLength: 160, pattern: /^click here\b.*$/i },
  { id: 'media-teaser', kind: 'furniture', maxLength: 160, pattern: /^(?:watch|video|listen|podcast|graphic|interactive|live|gallery|photos)\s*:.*$|^(?:watch|play) (?:the )?video\.?$|^(?:live )?updates?$/i },
  { id: 'relative-time', kind: 'furniture', pattern: /^(?:(?:updated|published|posted|last updated)\s+)?(?:\d+|an?)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$|^(?:updated|published|posted)$|^just now$/i },
  { id: 'report-error', kind: 'furniture', pattern: /^(?:report an? (?:error|correction|typo)|suggest a correction|feedback|was this (?:article|story) helpful\??|thank you for your feedback\.?|purchase licensing rights(?:,? opens new tab)?)$/i },

  // Captions and galleries.
  { id: 'gallery-counter', kind: 'caption', pattern: /^(?:\[\d+\s*\/\s*\d+\]|item \d+ of \d+\b|\d+\s*\/\s*\d+$|image \d+ of \d+\b|photo \d+ of \d+\b).*$/i },
  { id: 'photo-credit', kind: 'caption', maxLength: 500, pattern: /(?:\b(?:REUTERS|Reuters)\/[\p{Lu}][\p{L} .'’-]+(?:\/(?:File|Pool|Handout)(?: Photo)?)*(?: Purchase Licensing Rights.*)?|\((?:AP|AFP|Reuters|Bloomberg|EPA|Getty)(?: Photo)?\/[^)]+\)|\bPhotographer: [\p{Lu}][\p{L} .'’-]+\/Bloomberg|(?:Photo|Picture|Image)(?: credit)?: [^.]{0,80}\/ ?(?:AFP|Getty Images|AP|Reuters|Bloomberg|EPA)(?: via Getty Images)?)\.?\s*$/u },
  { id: 'caption-label', kind: 'caption', maxLength: 500, pattern: /^(?:file photo|photo|picture|image|caption|pictured)\s*:.*$/i },

  // Agency boilerplate.
  { id: 'trust-principles', kind: 'boilerplate', agency: 'Reuters', pattern: /^(?:our standards:\s*)?the thomson reuters trust principles\.?(?:,? opens new tab)?$/i },
  { id: 'copyright', kind: 'boilerplate', maxLength: 300, pattern: /^(?:copyright|\(c\)|©)\s*(?:©\s*)?(?:\d{4}\b.*|.*\ball rights reserved\b.*|.*\b(?:reuters|associated press|afp|agence france-presse|bloomberg)\b.*)$/i },
  { id: 'ap-redistribution', kind: 'boilerplate', agency: 'AP', pattern: /^this material may not be published, broadcast, rewritten,? or redistributed.*$/i },
  { id: 'ap-funding', kind: 'boilerplate', agency: 'AP', maxLength: 400, pattern: /^(?:the associated press receives (?:financial )?support from\b.*|the ap is solely responsible for all content\.?|find ap['’]s standards for working with philanthropies\b.*|follow ap['’]s coverage of\b.*|ap['’]s [\p{L} ]{1,40} coverage:?.*https?:\/\/\S+)$/iu },
  { id: 'bloomberg-promo', kind: 'boilerplate', agency: 'Bloomberg', pattern: /^(?:most read from bloomberg(?: businessweek)?|more from bloomberg(?: businessweek)?|before it['’]s here, it['’]s on the bloomberg terminal\.?|learn more|(?:©\s*)?\d{4} bloomberg l\.p\.?)$/i },
  { id: 'afp-tag', kind: 'boilerplate', agency: 'AFP', pattern: /^(?:©\s*)?(?:agence france-presse|afp)(?:\s+\d{4})?$/i },

  // Credits: who wrote and edited the copy. Kept as a note.
  { id: 'credits', kind: 'credit', maxLength: 400, pattern: /^\(?\s*(?:(?:additional|further) )?(?:reporting|writing|editing|compiled|edited|written|produced|translated|research|graphics|fact-checking)(?: and (?:writing|editing|reporting))? by\b.*$/i },
  { id: 'contributed', kind: 'credit', maxLength: 400, pattern: /^.{0,300}\bcontributed(?: to)? (?:this|the) (?:report|story|article)\.?\)?$|^contributing:\s.*$/i },
  { id: 'contact-reporter', kind: 'credit', agency: 'Bloomberg', maxLength: 400, pattern: /^(?:[-–—]{1,2}\s*)?(?:with assistance from\b.*|to contact the (?:reporters?|editors?|authors?)(?: on| responsible for)? this story:?.*)$/i },
  { id: 'agency-signature', kind: 'credit', agency: 'AFP', pattern: /^[a-z]{2,6}(?:-[a-z]{2,6})?(?:\/[a-z]{2,6}){1,4}$/ },
  { id: 'byline', kind: 'credit', pattern: new RegExp(String.raw`^By\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}(?:(?:,\s*|\s+and\s+)\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})*(?:,?\s*(?:${AGENCY_CAPITALISED}|[Ss]taff|[Cc]orrespondents?))?$`, 'u') },

  // Update notes in the wire's own style.
  { id: 'update-note', kind: 'update-note', maxLength: 300, pattern: /^\((?:updates?|adds?|recasts?|corrects?|changes?|rewrites?|writes through|refiles?|repeats?|fixes)\b.*\)$/i },

  // A line that is nothing but the agency's name.
  { id: 'agency-line', kind: 'agency', pattern: new RegExp(String.raw`^\(?${AGENCY}\)?$`, 'i') },
];

/** Agency named in a line, for the draft's source name. */
const AGENCY_NAMES: Array<[RegExp, string]> = [
  [/\breuters\b/i, 'Reuters'],
  [/\b(?:associated press|\(ap\)|ap photo)\b|^ap$/i, 'AP'],
  [/\b(?:afp|agence france-presse)\b/i, 'AFP'],
  [/\bbloomberg\b/i, 'Bloomberg'],
  [/\bukrinform\b|укрінформ/iu, 'Ukrinform'],
  [/\bunian\b|уніан/iu, 'UNIAN'],
  [/\binterfax-ukraine\b|інтерфакс-україна/iu, 'Interfax-Ukraine'],
];

export function agencyIn(text: string): string | undefined {
  return AGENCY_NAMES.find(([pattern]) => pattern.test(text))?.[1];
}

/** Phrases scrapers glue to the end of a line of real text (link labels). */
export const INLINE_JUNK: RegExp[] = [/,?\s*opens new tab/gi, /\s*\bPurchase Licensing Rights\b/g];

const ALL_RULES = [...JUNK_RULES, ...MORE_JUNK_RULES];

export function matchJunk(line: string): JunkRule | undefined {
  const text = line.trim();
  if (!text) return undefined;
  return ALL_RULES.find((rule) => (rule.maxLength === undefined || text.length <= rule.maxLength) && rule.pattern.test(text));
}
