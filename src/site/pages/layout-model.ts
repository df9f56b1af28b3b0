// The page shell's data for every page (src/layouts/BaseLayout.astro): head meta (title,
// canonical, Open Graph, feeds, hreflang), the header's menu and language switcher, the
// footer's links, the preview flag. What needs Astro (the site URL, the base, font files)
// is passed in by the layout.
import type { Briefing } from '../briefing.ts';
import type { FeedLink } from '../entry-feeds.ts';
import { editionLinks, type SwitcherLink } from '../i18n/edition-links.ts';
import { absoluteUrl, documentTitle, metaDescription, ogLocale, scriptOf } from '../page-meta.ts';
import { FEED_TYPES, navigation, SITE_PATHS } from '../site-names.ts';
import { editionPath, type PageHead } from './page-head.ts';

/** What a page hands the layout besides its briefing. */
export interface LayoutInput extends PageHead {
  type?: 'website' | 'article';
  /** The page's social card; its URL relative to the page. */
  ogImage?: { url: string; width: number; height: number; alt: string };
}

type Current = 'page' | 'true' | undefined;

export interface LayoutModel {
  language: string;
  /** `Page · Site`, the site title alone on the home page. */
  documentTitle: string;
  /** The page's own title, for Open Graph and Twitter. */
  title: string;
  /** The description, clipped for meta tags. */
  summary: string;
  canonical: string;
  type: 'website' | 'article';
  siteName: string;
  ogLocale: string;
  image?: { url: string; width: number; height: number; alt: string };
  /** Kept out of search engines: the page asks it, or the whole build is a preview. */
  noindex: boolean;
  preview: boolean;
  /** Fonts to preload: the Cyrillic subsets for an edition written in Cyrillic. */
  fonts: 'cyrillic' | 'latin';
  favicon: string;
  /** The site's feeds in this edition, then the page's own; hrefs with the base. */
  feeds: FeedLink[];
  /** hreflang alternates, absolute. */
  alternates: Array<{ hreflang: string; href: string }>;
  header: {
    siteTitle: string;
    /** The running story's name: the wordmark's big line. */
    story: string;
    home: { href: string; current?: 'page' };
    nav: Array<{ label: string; href: string; current: Current }>;
    /** The same page in each other edition (none on a one-language site), hrefs with the base. */
    switcher: Array<SwitcherLink & { href: string }>;
  };
  footer: {
    description: string;
    /** Editor-written pages (about, methodology), then corrections and authors. */
    pages: Array<{ label: string; href: string; lang?: string }>;
    contact: { name: string; email: string; lang?: string };
    feeds: Array<{ label: string; href: string }>;
  };
}

export interface LayoutContext {
  /** The deployed site's URL (astro.config `site`, else site.yaml `url`). */
  siteUrl: string | URL;
  /** The deploy base (`/` or `/briefing/`). */
  base: string;
  /** Every edition's briefing, the original first: for hreflang and the switcher. */
  editions: readonly Briefing[];
}

export function layoutModel(briefing: Briefing, page: LayoutInput, context: LayoutContext): LayoutModel {
  const { site, ui } = briefing;
  const { withBase } = ui;
  const { m, edition } = ui;
  const { siteUrl, base } = context;
  const { path } = page;
  // Both ways and x-default, only to pages that exist; the switcher's targets likewise.
  const links = editionLinks(
    site,
    path,
    context.editions.map((b) => ({ edition: b.ui.edition, translated: b.translated })),
  );
  const canonical = absoluteUrl(siteUrl, base, path);
  const summary = metaDescription(page.description);
  const story = edition.original ? (site.story ?? site.title) : edition.title;
  const current = (link: string): Current => (path === link ? 'page' : path.startsWith(link) ? 'true' : undefined);
  const home = editionPath(ui, '/');
  // The desk's name and the corrections feed are the original's; marked with its language.
  const originalLang = edition.original ? {} : { lang: site.language };
  return {
    language: edition.language,
    documentTitle: documentTitle(page.title, edition.title),
    title: page.title,
    summary,
    canonical,
    type: page.type ?? 'website',
    siteName: edition.title,
    ogLocale: ogLocale(edition.language),
    ...(page.ogImage ? { image: { ...page.ogImage, url: new URL(page.ogImage.url, canonical).href } } : {}),
    // A preview build is never for search engines, whatever the page.
    noindex: (page.noindex ?? false) || briefing.preview,
    preview: briefing.preview,
    fonts: scriptOf(edition.language) === 'Cyrl' ? 'cyrillic' : 'latin',
    favicon: withBase('/favicon.svg'),
    feeds: [
      { title: m.feeds.rss(edition.title), href: ui.link(SITE_PATHS.rss), type: FEED_TYPES.rss },
      { title: m.feeds.atom(edition.title), href: ui.link(SITE_PATHS.atom), type: FEED_TYPES.atom },
      { title: m.feeds.json(edition.title), href: ui.link(SITE_PATHS.jsonFeed), type: FEED_TYPES.json },
      ...(page.feeds ?? []).map((feed) => ({ ...feed, href: withBase(feed.href) })),
    ],
    alternates: links.alternates.map((a) => ({ hreflang: a.hreflang, href: absoluteUrl(siteUrl, base, a.path) })),
    header: {
      siteTitle: edition.title,
      story,
      home: { href: ui.link(SITE_PATHS.home), ...(path === home ? { current: 'page' as const } : {}) },
      nav: navigation(m).map((link) => ({ label: link.label, href: ui.link(link.path), current: current(editionPath(ui, link.path)) })),
      switcher: links.switcher.filter((link) => !link.current).map((link) => ({ ...link, href: withBase(link.path) })),
    },
    footer: {
      description: edition.description,
      pages: [
        ...briefing.pages.map((p) => ({ label: p.data.title, ...ui.entry('pages', p.id) })),
        { label: m.footer.corrections, href: ui.link(SITE_PATHS.corrections) },
        { label: m.footer.authors, href: ui.link(SITE_PATHS.authors) },
      ],
      contact: { name: site.contact.name, email: site.contact.email, ...originalLang },
      feeds: [
        { label: m.footer.rss, href: ui.link(SITE_PATHS.rss) },
        { label: m.footer.atom, href: ui.link(SITE_PATHS.atom) },
        { label: m.footer.json, href: ui.link(SITE_PATHS.jsonFeed) },
        { label: m.footer.correctionsFeed, href: withBase(SITE_PATHS.correctionsFeed) },
      ],
    },
  };
}
