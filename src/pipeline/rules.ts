// Every rule id the check can report, declared once with its default severity and what
// it guards (remark-validate-links' lib/constants.js is the model). Diagnostics name a
// rule from this list; docs/editing.md lists the same table, and a test keeps them equal.
import type { Severity } from './diagnostics.ts';

export interface RuleInfo {
  severity: Severity;
  /** One line for the editors' guide. */
  description: string;
}

function rule(severity: Severity, description: string): RuleInfo {
  return { severity, description };
}

export const RULES = {
  // Reading the file
  'read': rule('error', 'the file could not be read from disk'),
  'content-dir': rule('error', 'the content folder could not be read'),
  'layout': rule('error', 'a file sits where no collection lives, is a symbolic link, or has control or bidi characters in its name'),
  'missing-file': rule('error', 'a required file (the site settings) is missing'),
  'file-size': rule('error', 'a file is larger than the limit for one item'),
  'encoding': rule('error', 'a file is not valid UTF-8 text'),
  'empty-file': rule('error', 'a file is empty'),
  'no-frontmatter': rule('error', 'a file does not start with a --- frontmatter block'),
  'frontmatter-language': rule('error', 'the frontmatter is not YAML (---js and the like are refused)'),
  'unclosed-frontmatter': rule('error', 'the frontmatter has no closing --- line'),
  'frontmatter-fence': rule('error', 'a --- line ends the frontmatter but holds more than ---'),
  'frontmatter': rule('error', 'the frontmatter could not be read'),
  'frontmatter-shape': rule('error', 'the frontmatter is not a set of key: value fields'),
  // YAML
  'yaml-syntax': rule('error', 'the YAML has a syntax error'),
  'duplicate-key': rule('error', 'a YAML key is given twice'),
  'yaml-tag': rule('error', 'a YAML tag (!!js and the like) is used; only plain values are read'),
  'yaml-aliases': rule('error', 'YAML aliases expand beyond the safe limit'),
  // Fields (the schema)
  'unknown-field': rule('error', 'a field the schema does not know (often a typo)'),
  'required': rule('error', 'a required field is missing'),
  'type': rule('error', 'a field has the wrong type (text where a list belongs, …)'),
  'length': rule('error', 'a text or list is shorter or longer than allowed'),
  'range': rule('error', 'a number is outside its allowed range'),
  'enum': rule('error', 'a value is not one of the allowed choices'),
  'format': rule('error', 'a value does not have the expected format'),
  'invalid': rule('error', 'a value is not valid for its field'),
  'hidden-character': rule('error', 'text holds invisible, control, bidi-override or broken (lone surrogate) characters, or nothing visible'),
  'plain-text': rule('error', 'a plain-text field holds HTML tags'),
  'date-format': rule('error', 'a date is not ISO 8601 (YYYY-MM-DD or a date-time with offset)'),
  'date-calendar': rule('error', 'a date does not exist in the calendar'),
  'date-range': rule('error', "a date's year is outside 1900–2100 (a typo such as year 1 or 9999)"),
  'date-order': rule('error', 'dates are out of order (updated before published, …)'),
  'url': rule('error', 'a URL is not absolute or carries credentials'),
  'url-scheme': rule('error', 'a URL is not https'),
  'duplicate': rule('error', 'a value is listed twice where each must be unique'),
  // Markdown body
  'markdown': rule('error', 'the Markdown is too deeply nested or too large to parse safely'),
  'image-alt': rule('error', 'an image has no alt text, or one that says nothing (its file name, "image", "photo")'),
  'render': rule('error', 'the body could not be rendered'),
  // Hostile and unusual input (issue 13)
  'body-id': rule('error', "an id written in the body's HTML is reserved for footnotes or used twice"),
  'placeholder': rule('error', 'a TODO placeholder is left in (a warning in drafts)'),
  // Links
  'empty-link': rule('error', 'a link has no address'),
  'unsafe-url': rule('warning', 'a link uses a scheme that is removed from the page (javascript:, data:, …)'),
  'broken-anchor': rule('error', 'a link points to a heading that does not exist'),
  'broken-link': rule('error', 'a link points to a page or file that does not exist'),
  'relative-link': rule('error', 'a relative link cannot be resolved under every base path'),
  'unpublished-link': rule('error', 'a public item links to a draft or scheduled item'),
  'internal-error': rule('error', 'the check itself failed on this part of a file; the file is not used'),
  'link-encoding': rule('error', 'a link has malformed percent-encoding (%zz, a cut-off %E2%82)'),
  // Across files
  'unknown-reference': rule('error', 'an id (topic, actor, …) that no file defines'),
  'duplicate-id': rule('error', 'two files have the same id'),
  'claim-claimant': rule('error', 'a claim id is attributed to different actors in different items'),
  // The importer's checks over every article (issue 14)
  'find-replace-artifact': rule('warning', 'a topic title glued to a name or standing where a name belongs (find-and-replace damage)'),
  'year-folder': rule('warning', 'an article sits in a year folder other than its published year'),
  // Trust pages and checkable sources (issue 12)
  'reserved-id': rule('error', 'a page in content/pages/ takes an id the site uses for a section (/claims/, /topics/, …)'),
  'source-home-page': rule('warning', "a source or claim URL is a site's home page or a section front, not the exact document"),
  // Day notes (issue 18)
  'day-date': rule('error', "a day note's file name is not a real date (content/days/yyyy-mm-dd.md)"),
  // Editorial workflow (issue 16): review, status updates, withdrawals, embeds
  'review-missing': rule('error', 'with requireReview, a published item has no reviewedBy'),
  'review-self': rule('error', "the reviewer is the item's only author"),
  'withdrawal': rule('error', 'status: withdrawn and the withdrawn: { date, reason } block do not come together'),
  'withdrawn-link': rule('warning', 'a link points to a withdrawn item (its page is only a notice)'),
  'update-date': rule('error', "a status update's file name does not start with its date"),
  'status-in-place': rule('warning', "a published claim's status was edited in place instead of in a status update"),
  'deleted-item': rule('warning', 'a published item was deleted since the last commit instead of withdrawn'),
  'embed': rule('warning', 'a raw embed (iframe, script, tweet blockquote) is stripped: write the bare URL on its own line'),
  // Translations (content/<language>/…)
  'translation-language': rule('error', 'a translation folder names a language the site settings do not list'),
  'translation-orphan': rule('error', 'a translation has no original with the same id'),
  'translation-claim': rule('error', 'a translation names a claim, key point, event or correction the original does not have'),
  'translation-incomplete': rule('info', "a translation leaves some of the original's text untranslated (information only)"),
  // Maps and images (issue 15)
  'unknown-region': rule('error', 'a territory snapshot names a region that is not in the fixed list'),
  'territory-coverage': rule('error', 'a territory snapshot leaves out one of the regions'),
  'territory-claim': rule('error', 'a region whose control is only claimed does not say who claims it (claimedBy)'),
  'territory-date': rule('error', 'a territory snapshot is not named after its asOf date'),
  'image-file': rule('error', "an image is remote, missing, or outside the item's folder and content/images/"),
  'image-format': rule('error', 'an image is not JPEG, PNG, WebP or AVIF (SVG from content is refused)'),
  'image-credit': rule('error', 'an image does not say who made it (credit)'),
  'raw-image': rule('warning', 'an <img> in raw HTML is removed from the page (write pictures in Markdown)'),
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

export function isRuleId(value: string): value is RuleId {
  return Object.hasOwn(RULES, value);
}
