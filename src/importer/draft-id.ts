// The item's id is permanent (its file name and URL), so it comes from the headline only:
// transliterated by the Ukrainian national system (KMU 2010, as cyrillic-to-translit-js
// implements it: "Згорани" → "zghorany") when the headline is in Cyrillic. With no
// headline the id says so and carries the copy's hash, never a word of junk or the raw
// file's name; the editor renames the file when the headline is written.
import CyrillicToTranslit from 'cyrillic-to-translit-js';
import { slugFromTitle } from '../drafts/draft-location.ts';

const ukrainian = CyrillicToTranslit({ preset: 'uk' });

/** Latin text for a slug: Cyrillic transliterated, Latin left as it is. */
export function latinForId(title: string): string {
  return /[\u0400-\u04ff]/u.test(title) ? ukrainian.transform(title.replace(/[’ʼ']/g, '')) : title;
}

/** The slug source for a draft: the headline, or `untitled <hash>` when there is none. */
export function idSource(headline: string | undefined, sha256: string): string {
  const latin = headline ? latinForId(headline) : '';
  return latin && slugFromTitle(latin) ? latin : `untitled ${sha256.slice(0, 8)}`;
}
