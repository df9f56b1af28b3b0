// The untranslated notice (/<lang>/untranslated/<original path>), where a translated
// edition's language switcher leads from a page it has no translation of: says so and
// links the original, in its language. Not indexed.
import type { Briefing } from '../briefing.ts';
import { untranslatedTargets, type UntranslatedTarget } from '../i18n/untranslated-targets.ts';
import type { PageContext, TitledLink } from './page-parts.ts';
import { editionPath, type PageHead } from './page-head.ts';

export interface UntranslatedPageModel extends PageContext {
  head: PageHead & { noindex: true };
  /** The original page, with the original's language as `lang` (and its hreflang). */
  original: TitledLink & { lang: string };
  homeHref: string;
}

/** Every page of the original that this (translated) edition has no translation of; none for the original. */
export function untranslatedPages(briefing: Briefing): UntranslatedTarget[] {
  if (briefing.ui.edition.original) return [];
  return untranslatedTargets([...briefing.articles, ...briefing.withdrawn], briefing.topics, briefing.actors, briefing.pages, briefing.translated);
}

export function untranslatedPage(briefing: Briefing, target: UntranslatedTarget): UntranslatedPageModel {
  const { ui, dates } = briefing;
  const { m } = ui;
  return {
    head: { title: m.edition.untranslatedTitle, description: m.edition.untranslated, path: editionPath(ui, `/untranslated${target.path}`), noindex: true },
    original: { href: ui.withBase(target.path), lang: briefing.site.language, title: target.title },
    homeHref: ui.link('/'),
    ui,
    dates,
  };
}
