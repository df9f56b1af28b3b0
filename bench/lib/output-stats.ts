// What a build leaves on disk, beyond the file counts by extension: how many files and
// folders it creates (a large share of a build's system time on 5,000 items), the fonts
// a page asks for, and the weight of the inline map figure on the pages that show one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface TreeCount {
  files: number;
  folders: number;
  bytes: number;
}

export function countTree(dir: string): TreeCount {
  const out: TreeCount = { files: 0, folders: 0, bytes: 0 };
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const child = join(path, entry.name);
      if (entry.isDirectory()) {
        out.folders++;
        walk(child);
      } else {
        out.files++;
        out.bytes += statSync(child).size;
      }
    }
  };
  walk(dir);
  return out;
}

function htmlFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...htmlFiles(dir, path));
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

export interface FontBudget {
  pages: number;
  /** Font files preloaded per page (mean, and the most any page has). */
  preloadedMean: number;
  preloadedMax: number;
  /** Bytes of the preloaded fonts of a page, mean. */
  preloadedBytesMean: number;
  /** Distinct font files the site's stylesheets declare, and their bytes. */
  declared: number;
  declaredBytes: number;
}

const PRELOAD_FONT = /<link[^>]*rel="preload"[^>]*as="font"[^>]*>|<link[^>]*as="font"[^>]*rel="preload"[^>]*>/g;

function localSize(dir: string, url: string): number {
  try {
    return statSync(join(dir, decodeURIComponent(url.replace(/^https?:\/\/[^/]+/, '').split(/[?#]/)[0]!))).size;
  } catch {
    return 0;
  }
}

export function fontBudget(dir: string): FontBudget {
  const pages = htmlFiles(dir);
  let total = 0;
  let max = 0;
  let bytes = 0;
  for (const page of pages) {
    const links = readFileSync(join(dir, page), 'utf8').match(PRELOAD_FONT) ?? [];
    total += links.length;
    max = Math.max(max, links.length);
    for (const link of links) bytes += localSize(dir, /href="([^"]+)"/.exec(link)?.[1] ?? '');
  }
  const declared = new Set<string>();
  const walkCss = (prefix: string) => {
    for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walkCss(path);
      else if (entry.name.endsWith('.css'))
        for (const m of readFileSync(join(dir, path), 'utf8').matchAll(/url\(["']?([^"')]+\.woff2?)["']?\)/g)) declared.add(m[1]!);
    }
  };
  walkCss('');
  let declaredBytes = 0;
  for (const url of declared) declaredBytes += localSize(dir, url);
  const n = pages.length || 1;
  return {
    pages: pages.length,
    preloadedMean: Math.round((total / n) * 100) / 100,
    preloadedMax: max,
    preloadedBytesMean: Math.round(bytes / n),
    declared: declared.size,
    declaredBytes,
  };
}

export interface MapBudget {
  /** Pages with the territory figure (an inline <svg> with region paths). */
  pages: number;
  /** Mean bytes of that <svg> element on those pages. */
  svgBytesMean: number;
}

export function mapBudget(dir: string): MapBudget {
  let pages = 0;
  let bytes = 0;
  for (const page of htmlFiles(dir)) {
    const html = readFileSync(join(dir, page), 'utf8');
    for (const m of html.matchAll(/<svg\b[\s\S]*?<\/svg>/g)) {
      // The map is the only figure with region paths; icons are a path or two.
      if ((m[0].match(/<path/g) ?? []).length < 20) continue;
      pages++;
      bytes += Buffer.byteLength(m[0]);
      break;
    }
  }
  return { pages, svgBytesMean: pages ? Math.round(bytes / pages) : 0 };
}
