import GithubSlugger from 'github-slugger';

/** Ids the page layout uses itself; a heading that would take one gets a suffix instead. */
export const RESERVED_IDS = ['main', 'content', 'top', 'skip', 'site-header', 'site-footer', 'site-nav', 'footnotes', 'footnote-label'];

/** A slugger for one document: GitHub's algorithm, page ids already taken. */
export function headingSlugger(): (text: string) => string {
  const slugger = new GithubSlugger();
  for (const id of RESERVED_IDS) slugger.slug(id);
  return (text) => slugger.slug(text) || slugger.slug('section');
}
