// More classes of junk, beyond the wire's own: consent banners, newsletter boxes,
// reaction and view counts, pagination, document comments and editing notes, separators,
// social-channel furniture, and the same classes in Ukrainian copy. Kept apart from
// junk-rules.ts so each file stays one screenful of patterns.
import type { JunkRule } from './junk-rules.ts';

/** Emoji and pictographs as reaction and view counters use them. */
const PICTO = String.raw`[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{FE0F}\u{200D}]`;
const COUNT = String.raw`\d[\d\s.,]*(?:[kKmM]|\s?тис\.?)?`;

// A table, one rule a line, so rules read and diff one by one: Prettier leaves it as laid out.
// prettier-ignore
export const MORE_JUNK_RULES: JunkRule[] = [
  // Consent and cookie banners: whole lines about cookies, partners, consent, choices.
  { id: 'consent', kind: 'furniture', maxLength: 500, pattern: /^(?:we (?:value|care about|respect) your privacy\.?.*|.*\b(?:we|our (?:\d+ )?partners?)\b.*\b(?:use|store|process)\b.*\bcookies?\b.*|.*\bcookies?\b.*\b(?:consent|preferences|your device|accept|choices)\b.*|(?:accept|reject|allow)(?: all| essential)?(?: cookies)?|(?:manage|customi[sz]e) (?:my )?(?:choices|preferences|settings|options)|do not sell(?: or share)? my personal information|privacy (?:settings|choices|centre|center))\.?$/iu },
  // Newsletter and sign-up boxes, the lines around the form.
  { id: 'newsletter-box', kind: 'furniture', maxLength: 240, pattern: /^(?:.*\b(?:straight|delivered|direct(?:ly)?) to your inbox\b.*|enter (?:your )?e-?mail(?: address)?\.?|your e-?mail(?: address)?|e-?mail address|by (?:signing up|subscribing|clicking)\b.*\b(?:agree|terms|privacy)\b.*|.*\bnewsletter\b.*\b(?:sign up|subscribe|get|free)\b.*|thanks? (?:you )?for (?:signing up|subscribing)!?\.?|you(?:['’]re| are) (?:now )?(?:signed up|subscribed)!?\.?|unsubscribe at any time\.?)$/iu },
  // Reaction rows, view and share counts: emoji, numbers and counter words only.
  // eslint-disable-next-line no-misleading-character-class -- the class lists emoji pieces one by one on purpose
  { id: 'reactions', kind: 'furniture', maxLength: 120, pattern: new RegExp(String.raw`^(?:\s*${PICTO}+\s*${COUNT}?\s*)+$|^(?:${PICTO}\s*)?${COUNT}\s*(?:views?|reads?|shares?|likes?|comments?|reactions?|переглядів|переглядів|перегляди|коментарів)$`, 'iu') },
  { id: 'subscribers', kind: 'furniture', pattern: /^\d[\d\s.,]*[kKmM]?\s+(?:subscribers|followers|members|підписників|підписники)$/iu },
  // Pagination.
  { id: 'pagination', kind: 'furniture', pattern: /^(?:page \d+ of \d+|(?:«\s*)?(?:previous|prev|next)(?: page)?(?:\s*[»›])?|(?:\d+\s+){1,9}(?:next|»|›)|load more(?: stories| comments)?|show more)$/iu },
  // Editing leftovers: Word comments, draft and embargo notes.
  { id: 'document-comment', kind: 'furniture', maxLength: 400, pattern: /^\\?\[(?:comment\s+)?[A-Z]{1,4}\d{1,3}\\?\](?::.*)?$|^\\?\[(?:comment|note|ed note|editor['’]s note|tk)\b[^\]]*\\?\](?::.*)?$/iu },
  { id: 'draft-note', kind: 'furniture', maxLength: 120, pattern: /^(?:\*{0,2})(?:draft|embargoed?|not for (?:publication|distribution)|for internal use(?: only)?)\b[\s–—:,.-]*(?:not for (?:publication|distribution)|do not (?:publish|distribute)|until\b.*|v?\d+|final|internal)?(?:\*{0,2})\.?$/iu },
  // Separators, also when a converter escaped them (`\_\_\_`).
  { id: 'separator', kind: 'furniture', pattern: /^(?:\\?[-_*=~•·#+─━═]\s*){3,}$/u },
  // Bylines as AFP writes them: lower-case "by", surnames in capitals, helpers after "with".
  { id: 'byline-afp', kind: 'credit', maxLength: 200, pattern: /^by\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}(?:(?:,\s*|\s+)(?:with|and)\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}(?:\s+in\s+\p{Lu}[\p{L} ]+)?)*$/u },
  // Social channels.
  { id: 'forwarded', kind: 'furniture', maxLength: 160, pattern: /^(?:forwarded from|переслано з|переслано від)\s.+$/iu },
  { id: 'hashtags', kind: 'furniture', maxLength: 300, pattern: /^(?:#[\p{L}\p{N}_]+\s*)+$/u },
  { id: 'channel-link', kind: 'furniture', maxLength: 200, pattern: /^(?:(?:subscribe|join|follow|підписатися|підписуйтесь|приєднуйтесь)[^:]{0,40}:?\s*)?(?:https?:\/\/)?(?:t\.me|telegram\.me|x\.com|twitter\.com|instagram\.com|facebook\.com)\/\S+$/iu },
  // The same furniture in Ukrainian copy.
  { id: 'related-links-uk', kind: 'furniture', maxLength: 200, pattern: /^(?:читайте (?:також|більше)|дивіться також|також читайте|більше новин|популярне|найпопулярніше|головне|останні новини)(?!\p{L}).*$/iu },
  { id: 'share-prompt-uk', kind: 'furniture', pattern: /^(?:поділитися|поширити|надіслати|друкувати|коментарі|реклама|підписатися|підписуйтесь(?:\s.*)?)$/iu },
  { id: 'caption-uk', kind: 'caption', maxLength: 300, pattern: /^(?:фото|відео|ілюстрація|джерело фото)\s*:.*$/iu },
  { id: 'credit-uk', kind: 'credit', maxLength: 200, pattern: /^(?:автор(?:ка)?|текст|редактор(?:ка)?|підготував(?:ла)?)\s*:\s*\p{Lu}.*$/iu },
];
