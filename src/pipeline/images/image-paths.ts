// Where an image an editor names may come from, and whether its alt text says anything.
// Pictures live next to their item (`./map.png`) or in content/images/ (`/images/x.png`);
// remote files are refused (the CSP would block them and they can change under us), and
// SVG is refused outright: it can carry script.
import { posix } from 'node:path';
import { classifyHref, isRemote } from '../markdown/classify-href.ts';
import type { RuleId } from '../rules.ts';

/** The raster formats the image pipeline re-encodes. */
export const IMAGE_EXTENSION = /\.(jpe?g|png|webp|avif)$/i;

export type ImageResolution = { ok: true; file: string } | { ok: false; rule: RuleId; message: string; hint?: string };

const WHERE = 'put the file next to the item (./name.jpg) or in content/images/ (/images/name.jpg)';

/** Resolves `src` as written in `itemFile` (project-relative) to a project-relative file. */
export function resolveImage(src: string, itemFile: string, contentDir = 'content'): ImageResolution {
  const value = src.trim();
  if (isRemote(classifyHref(value))) return { ok: false, rule: 'image-file', message: `remote images are refused: ${value}`, hint: WHERE };
  const path = value.split(/[?#]/)[0]!;
  if (/\.svg$/i.test(path))
    return {
      ok: false,
      rule: 'image-format',
      message: `SVG images from content are refused (they can carry script): ${value}`,
      hint: 'export it as PNG or WebP',
    };
  if (!IMAGE_EXTENSION.test(path)) return { ok: false, rule: 'image-format', message: `"${value}" is not a JPEG, PNG, WebP or AVIF file` };
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // Keep the text as written: the existence check reports it.
  }
  const root = contentDir.replace(/\/$/, '');
  const file = decoded.startsWith('/') ? posix.normalize(`${root}${decoded}`) : posix.normalize(posix.join(posix.dirname(itemFile), decoded));
  const inImages = file.startsWith(`${root}/images/`);
  const besideItem = posix.dirname(file) === posix.dirname(itemFile);
  if (!inImages && !besideItem)
    return { ok: false, rule: 'image-file', message: `"${value}" points outside the item's folder and content/images/ (${file})`, hint: WHERE };
  return { ok: true, file };
}

const EMPTY_WORDS = new Set(['image', 'photo', 'picture', 'img', 'graphic', 'photograph', 'screenshot', 'map', 'alt', 'todo']);

/** Why an alt text tells a reader nothing, or undefined when it is a real description. */
export function emptyAlt(alt: string, src: string): string | undefined {
  const text = alt.trim();
  if (text === '') return 'is empty';
  const name = posix.basename(src.split(/[?#]/)[0]!);
  const stem = name.replace(/\.[a-z0-9]+$/i, '');
  const folded = text.toLowerCase();
  if (folded === name.toLowerCase() || folded === stem.toLowerCase() || IMAGE_EXTENSION.test(text)) return `"${text}" is the file name, not a description`;
  if (EMPTY_WORDS.has(folded.replace(/[.!]$/, ''))) return `"${text}" does not describe the picture`;
  return undefined;
}
