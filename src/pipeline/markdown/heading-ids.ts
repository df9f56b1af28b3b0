// The id namespaces of a page, kept apart by construction so a derived id can never
// equal a written one:
// - layout ids (`main`, …): fixed, reserved before any heading is slugged;
// - heading slugs: GitHub's algorithm, never starting with the content prefix below;
// - ids from the body's raw HTML and footnotes: the sanitiser prefixes them with
//   `user-content-`, so they cannot take a layout id or a heading slug;
// - footnote ids (`fn-…`, `fnref-…`, `footnote-label`) inside that prefix: written raw
//   HTML may not use them (the check refuses them, rule `reserved-id`).
import GithubSlugger from 'github-slugger';

/** Ids the page layout uses itself; a heading that would take one gets a suffix instead. */
export const RESERVED_IDS = [
  'main',
  'content',
  'top',
  'skip',
  'site-header',
  'site-footer',
  'site-nav',
  'footnotes',
  'footnote-label',
  'claims',
  'sources',
  'corrections',
  'key-points',
  'search',
];

/** What the sanitiser puts before every id written in raw HTML or made for footnotes. */
export const CONTENT_ID_PREFIX = 'user-content-';

/** Ids (before the prefix) that footnotes are given; raw HTML must not write them. */
export function isFootnoteId(value: string): boolean {
  return /^(?:fn|fnref)-/i.test(value) || value.toLowerCase() === 'footnote-label';
}

/** A slugger for one document: GitHub's algorithm, page ids already taken. */
export function headingSlugger(): (text: string) => string {
  const slugger = new GithubSlugger();
  for (const id of RESERVED_IDS) slugger.slug(id);
  return (text) => {
    const slug = slugger.slug(text) || slugger.slug('section');
    // A heading called "User content fn 1" must not take a footnote's id.
    return slug.startsWith(CONTENT_ID_PREFIX) ? slugger.slug(`section-${slug}`) : slug;
  };
}
