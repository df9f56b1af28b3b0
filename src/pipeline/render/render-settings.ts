// Everything rendering depends on beyond the file itself, and the one way to turn it
// into render options for a file: deploy base, site host and where each content file
// is published (for relative .md links).
import { resolveMarkdownLink } from '../checks/internal-links.ts';
import type { RenderOptions } from './render-markdown.ts';

export interface RenderSettings {
  base: string;
  siteHost: string;
  /** Site path of every content file, by project-relative path. */
  pathByFile: Record<string, string>;
}

export function renderOptionsFor(file: string, settings: RenderSettings): RenderOptions {
  return {
    base: settings.base,
    siteHost: settings.siteHost,
    resolveMarkdownLink: (href) => {
      const target = resolveMarkdownLink(file, href);
      const path = target ? settings.pathByFile[target] : undefined;
      const hash = href.indexOf('#');
      return path ? `${path}${hash >= 0 ? href.slice(hash) : ''}` : undefined;
    },
  };
}
