import { z } from 'zod';
import { httpsUrl, id, plainText } from './fields.ts';

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** Whether Intl accepts the tag: `en-12` matches the pattern but makes every date formatter throw. */
function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const siteSchema = z.strictObject({
  /** Site name, shown in the header, feeds and social cards. */
  title: plainText(3, 80),
  /** The running story's name, shown large in the wordmark and first on the home page, e.g. `Ukraine peace talks`. Default: the title. */
  story: plainText(3, 80).optional(),
  /** One-sentence description for search engines, feeds and the home page. */
  description: plainText(20, 320),
  /** BCP 47 language tag of the content, e.g. `en` or `en-GB`. */
  language: z
    .string()
    .regex(LANGUAGE_TAG, { message: 'must be a BCP 47 language tag such as en or en-GB' })
    .refine(isLocale, { message: 'must be a BCP 47 language tag such as en or en-GB' }),
  /** Public address of the site, https only; `SITE_URL` overrides it at build time. */
  url: httpsUrl,
  /** IANA time zone used to show dates and to date new items, e.g. `Europe/Brussels`. Default: `UTC`. */
  timezone: z.string().refine(isTimeZone, { message: 'must be an IANA time zone such as UTC or Europe/Brussels' }).default('UTC'),
  /** Who answers for the content. */
  contact: z.strictObject({
    /** Desk or person, e.g. `The briefing desk`. */
    name: plainText(2, 120),
    /** Address for corrections and tips. */
    email: z.email({ message: 'must be an e-mail address' }),
  }),
  /** Further editions, each with its translations in content/<code>/. Default: none. */
  languages: z
    .array(
      z.strictObject({
        /** BCP 47 tag, also the folder and URL prefix, e.g. `uk`. */
        code: z.string().regex(/^[a-z]{2,3}(?:-[a-z0-9]{2,8})?$/, { message: 'must be a lowercase BCP 47 tag such as uk or pt-br' }),
        /** The language's own name, for the language switcher, e.g. `Українська`. */
        name: plainText(2, 40),
        /** Site name in this language. */
        title: plainText(3, 80),
        /** Site description in this language. */
        description: plainText(20, 320),
      }),
    )
    .default([]),
  /** Article id to lead the home page; default: the newest item. */
  lead: id.optional(),
  /** When true, a published item without `reviewedBy` (or reviewed only by its sole author) is an error. Default: false. */
  requireReview: z.boolean().default(false),
});

export type Site = z.infer<typeof siteSchema>;
