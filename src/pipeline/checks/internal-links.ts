// Links in bodies: site paths (/articles/x/), relative .md links and #fragments must
// reach content that exists and is published; unsafe schemes are refused outright.
import { suggestion } from '../did-you-mean.ts';
import { diagnostic, guarded, type Diagnostic } from '../diagnostics.ts';
import type { CheckedFile, Entry } from '../load-entry.ts';
import { classifyHref, resolveMarkdownLink } from '../markdown/classify-href.ts';
import type { BodyLink } from '../markdown/inspect-body.ts';
import { decodePart, entryPath, parseSitePath, type LinkCollection } from '../routes.ts';
import { visibility } from '../visibility.ts';
import type { ContentIndex } from './content-index.ts';
import type { RuleId } from '../rules.ts';

interface Target {
  collection: LinkCollection;
  id: string;
  fragment?: string;
}

export function checkInternalLinks(index: ContentIndex, now: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const file of index.checked) {
    if (!file.facts) continue;
    // An invalid file counts as public unless it says it is a draft: its links still matter.
    const sourcePublic =
      file.collection !== 'articles' || (file.entry ? visibility((file.entry as Entry<'articles'>).data, now) === 'public' : file.raw.status !== 'draft');
    for (const link of file.facts.links) {
      out.push(
        ...guarded({ file: file.file, at: link, field: 'body' }, () => {
          const found: Diagnostic[] = [];
          checkLink(file, link, sourcePublic, index, now, found);
          return found;
        }),
      );
    }
  }
  return out;
}

function checkLink(entry: CheckedFile, link: BodyLink, sourcePublic: boolean, index: ContentIndex, now: number, out: Diagnostic[]) {
  const report = (rule: RuleId, message: string, hint?: string) => out.push(diagnostic({ file: entry.file, at: link, field: 'body', rule, message, hint }));
  const href = link.href.trim();
  const malformed = () =>
    report(
      'link-encoding',
      `"${href}" has malformed percent-encoding`,
      'a % must be followed by two hex digits of valid UTF-8 (%20, %C3%A9); write other characters as they are',
    );
  const kind = classifyHref(href);
  // The sanitiser removes unsafe links whatever happens; the editor hears of it, and the
  // build goes on with the link's text left in place.
  if (kind.kind === 'empty') return report('empty-link', 'a link has no address');
  if (kind.kind === 'unsafe') return report('unsafe-url', `links with "${kind.scheme}:" are removed from the page`, 'use an https:// address');
  if (kind.kind === 'web' || kind.kind === 'contact' || kind.kind === 'protocol-relative') return;
  if (kind.kind === 'fragment') {
    const fragment = decodePart(kind.fragment);
    if (fragment === undefined) return malformed();
    if (fragment && !entry.facts!.headingIds.includes(fragment)) {
      report('broken-anchor', `no heading with id "${fragment}" in this file`, suggestion(fragment, entry.facts!.headingIds));
    }
    return;
  }
  let target: Target | undefined;
  if (kind.kind === 'site') {
    const parsed = parseSitePath(kind.path);
    if (parsed.kind === 'malformed') return malformed();
    if (parsed.kind === 'unknown')
      return report('broken-link', `no page at ${parsed.path}`, 'site links look like /articles/<id>/, /topics/<id>/ or /actors/<id>/');
    if (parsed.kind === 'fixed') return;
    target = parsed.kind === 'entry' ? parsed : { collection: parsed.collection, id: parsed.id };
  } else {
    const resolved = resolveMarkdownLink(entry.file, href);
    if (!resolved)
      return report(
        'relative-link',
        `relative link "${href}" cannot be resolved under every base path`,
        'link to another item as /articles/<id>/ or by its file, e.g. ./other-item.md',
      );
    const file = index.files.get(resolved);
    if (!file || file.collection === 'site') return report('broken-link', `"${href}" points to ${resolved}, which does not exist`);
    // A translation linking to another translation of the same language: the file exists.
    if (file.collection === 'translations') return;
    // Day pages are made for days with news, not for every note: link them as /days/<date>/.
    if (file.collection === 'days') return report('broken-link', `"${href}" points to a day note; link to its page as /days/${file.id}/`);
    // Status updates have no page of their own: their changes show in the claim ledger.
    if (file.collection === 'updates') return report('broken-link', `"${href}" is a status update, which has no page`, 'link to the claim on /claims/ instead');
    if (file.collection === 'territory')
      return report('broken-link', `"${href}" is a territory snapshot, which has no page of its own`, 'link to /topics/territory/ or show it with map:');
    const fragment = href.includes('#') ? decodePart(href.slice(href.indexOf('#') + 1)) : undefined;
    if (href.includes('#') && fragment === undefined) return malformed();
    target = { collection: file.collection as LinkCollection, id: file.id, ...(fragment ? { fragment } : {}) };
  }
  const known = index.ids[target.collection];
  if (!known.has(target.id)) {
    return report(
      'broken-link',
      `no ${target.collection.slice(0, -1)} "${target.id}" for ${entryPath[target.collection](target.id)}`,
      suggestion(target.id, known),
    );
  }
  if (target.collection === 'articles') {
    const article = index.entryById.articles.get(target.id);
    if (!article) return;
    const state = visibility(article.data, now);
    if (state === 'withdrawn') {
      report(
        'withdrawn-link',
        `links to "${target.id}", which was withdrawn on ${article.data.withdrawn?.date ?? '?'}; readers see only its notice`,
        'keep the link if the withdrawal is the point, otherwise remove it',
      );
    } else if (sourcePublic && state !== 'public') {
      report(
        'unpublished-link',
        `links to "${target.id}", which is ${state === 'draft' ? 'a draft' : `scheduled for ${article.data.published}`} and not on the site`,
        'publish it first or remove the link',
      );
    }
    if (target.fragment && article.facts && !article.facts.headingIds.includes(target.fragment)) {
      report('broken-anchor', `no heading with id "${target.fragment}" in ${article.file}`, suggestion(target.fragment, article.facts.headingIds));
    }
  }
}
