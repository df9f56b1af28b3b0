// The Astro adapter for pictures from content: finds the file among the content images
// (import.meta.glob, so Vite fingerprints it) and asks astro:assets' getImage (sharp) for
// AVIF and WebP srcsets plus a fallback. Astro keeps the encoded files in its cache
// folder (node_modules/.astro/assets), so a warm build re-encodes nothing.
import type { ImageMetadata } from 'astro';
import { relative, resolve, sep } from 'node:path';
import { getImage } from 'astro:assets';
import { resolveImage } from '../pipeline/images/image-paths.ts';

// `@briefing-content` is the content folder of this build (astro.config.mjs: CONTENT_DIR);
// exhaustive, because test corpora live under node_modules/.cache.
const FILES = import.meta.glob<{ default: ImageMetadata }>('@briefing-content/**/*.{jpg,jpeg,png,webp,avif}', { exhaustive: true });
// As the pipeline names files: relative to the project root (the build's working folder).
const CONTENT_DIR = relative(process.cwd(), resolve(process.env.CONTENT_DIR ?? 'content'))
  .split(sep)
  .join('/');

const WIDTHS = [480, 800, 1200];
export const ARTICLE_SIZES = '(min-width: 46rem) 42rem, calc(100vw - 2rem)';

export interface PictureData {
  sources: Array<{ type: string; srcset: string }>;
  src: string;
  width: number;
  height: number;
  sizes: string;
}

function findLoader(file: string): (() => Promise<{ default: ImageMetadata }>) | undefined {
  // Glob keys name the file from wherever Vite resolved the alias; the part inside the
  // content folder is what identifies it.
  const inside = `/${file.slice(CONTENT_DIR.length + 1)}`;
  const key = Object.keys(FILES)
    .filter((k) => k.endsWith(inside))
    .sort((a, b) => a.length - b.length)[0];
  return key ? FILES[key] : undefined;
}

async function metadata(file: string): Promise<ImageMetadata> {
  const load = findLoader(file);
  if (!load) throw new Error(`${file}: picture not found among the content images`);
  return (await load()).default;
}

/** `src` as written in the item at `itemFile` (both project-relative). */
export async function pictureFor(src: string, itemFile: string): Promise<PictureData> {
  const resolved = resolveImage(src, itemFile, CONTENT_DIR);
  if (!resolved.ok) throw new Error(`${itemFile}: ${resolved.message}`);
  const image = await metadata(resolved.file);
  const widths = WIDTHS.filter((w) => w < image.width).concat(Math.min(image.width, WIDTHS.at(-1)!));
  const unique = [...new Set(widths)].sort((a, b) => a - b);
  const sources = [];
  for (const format of ['avif', 'webp'] as const) {
    const result = await getImage({ src: image, widths: unique, format, sizes: ARTICLE_SIZES });
    sources.push({ type: `image/${format}`, srcset: result.srcSet.attribute });
  }
  const fallbackWidth = Math.min(image.width, 800);
  const fallback = await getImage({ src: image, width: fallbackWidth, format: image.format === 'png' ? 'png' : 'jpeg' });
  return { sources, src: fallback.src, width: fallbackWidth, height: Math.round((image.height * fallbackWidth) / image.width), sizes: ARTICLE_SIZES };
}

/** Like pictureFor, but undefined for an address that names no content picture. */
export async function bodyPictureFor(src: string, itemFile: string): Promise<PictureData | undefined> {
  const resolved = resolveImage(src, itemFile, CONTENT_DIR);
  if (!resolved.ok || !findLoader(resolved.file)) return undefined;
  return pictureFor(src, itemFile);
}

/** A 1200 px wide JPEG of the item's picture, for its social card and JSON-LD. */
export async function cardPicture(src: string, itemFile: string): Promise<{ url: string; width: number; height: number }> {
  const resolved = resolveImage(src, itemFile, CONTENT_DIR);
  if (!resolved.ok) throw new Error(`${itemFile}: ${resolved.message}`);
  const image = await metadata(resolved.file);
  const width = Math.min(1200, image.width);
  const result = await getImage({ src: image, width, format: 'jpeg' });
  return { url: result.src, width, height: Math.round((image.height * width) / image.width) };
}
