// Card tree -> PNG with takumi (@takumi-rs/core, a native renderer: layout, text and PNG
// encoding in one call), with Noto Sans from the @fontsource package: no network, no
// browser, the same bytes on every build. Measured side by side on the project's own
// cards (bench/cards/, `npm run bench:cards`): takumi takes about a third of the CPU
// of satori + resvg + a PNG writer, with half the PNG bytes and the same look.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Renderer, type Node } from '@takumi-rs/core';
import { CARD_FONT_FAMILY, CARD_HEIGHT, CARD_WIDTH, cardLayout, clip, TEXT_LIMIT, type CardContent, type CardNode } from './card-layout.ts';

// Latin first; the other subsets cover names and quotes in other scripts.
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek'];
const WEIGHTS = [400, 700] as const;

type Range = [number, number];

function parseRanges(css: string): Range[] {
  return css.split(',').map((part) => {
    const [from = '0', to] = part.trim().replace(/U\+/gi, '').split('-');
    return [parseInt(from, 16), parseInt(to ?? from, 16)];
  });
}

interface Fonts {
  renderer: Renderer;
  /** Code points the bundled subsets cover, as their `unicode-range`s say. */
  covered: Range[];
}

let fonts: Promise<Fonts> | undefined;

function loadFonts(): Promise<Fonts> {
  fonts ??= (async () => {
    const require = createRequire(import.meta.url);
    const ranges = JSON.parse(readFileSync(require.resolve('@fontsource/noto-sans/unicode.json'), 'utf8')) as Record<string, string>;
    const renderer = new Renderer();
    const covered: Range[] = [];
    for (const subset of SUBSETS) {
      const unicodeRange = parseRanges(ranges[subset] ?? '');
      covered.push(...unicodeRange);
      for (const weight of WEIGHTS) {
        const data = readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff2`));
        // One family, each subset serving its own ranges, as @font-face does in a browser.
        await renderer.registerFont({ name: CARD_FONT_FAMILY, data, weight, style: 'normal', unicodeRange });
      }
    }
    return { renderer, covered };
  })();
  return fonts;
}

/** The card tree (satori-style boxes) as takumi nodes: a box of text is a text node. */
export function toTakumi(node: CardNode): Node {
  const { children, style } = node.props;
  if (typeof children === 'string') return { type: 'text', text: children, style } as Node;
  const list = children === undefined ? [] : Array.isArray(children) ? children : [children];
  return { type: 'container', style, children: list.map(toTakumi) } as Node;
}

// Spaces, joiners and variation selectors draw nothing, so no font needs to have them.
// eslint-disable-next-line no-misleading-character-class -- joiners and variation selectors listed one by one
const INVISIBLE = /[\s\u200b-\u200d\u2060\ufe00-\ufe0f]/u;

/** Runs of characters no bundled subset covers, in the order they appear. */
export function uncovered(text: string, covered: Range[]): string[] {
  const runs: string[] = [];
  let run = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const missing = !INVISIBLE.test(char) && !covered.some(([from, to]) => code >= from && code <= to);
    if (missing) run += char;
    else if (run) {
      runs.push(run);
      run = '';
    }
  }
  if (run) runs.push(run);
  return runs;
}

export interface RenderOptions {
  /** Called with text no bundled font has glyphs for (it would show as empty boxes). */
  onMissingGlyphs?: (text: string) => void;
}

function cardText(content: CardContent): string {
  return [content.kicker, content.title, content.text, content.footer, content.date ?? ''].join('\n');
}

/** Least space between the text's last line and the footer rule, in pixels. */
const FOOTER_GAP = 12;

/**
 * The content with its text cut until it ends above the footer. A character limit alone
 * cannot promise that: a three-line headline leaves room for three lines of text, and
 * Cyrillic sets about a tenth wider than Latin, so 190 characters of Ukrainian take four.
 * A layout pass (no pixels) costs far less than the drawing; most cards need one.
 */
async function fitText(renderer: Renderer, content: CardContent): Promise<CardContent> {
  let fitted = content;
  for (let limit = TEXT_LIMIT; limit >= 40; limit = Math.floor(limit * 0.85)) {
    fitted = limit === TEXT_LIMIT ? content : { ...content, text: clip(content.text, limit) };
    const column = (await renderer.measure(toTakumi(cardLayout(fitted)), { width: CARD_WIDTH, height: CARD_HEIGHT })).children[1];
    const [space, footer] = [column?.children[2], column?.children[3]];
    const text = space?.children[0];
    if (!text || !footer || text.transform[5] + text.height <= footer.transform[5] - FOOTER_GAP) return fitted;
  }
  return fitted;
}

export async function renderCardPng(content: CardContent, options: RenderOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const { renderer, covered } = await loadFonts();
  if (options.onMissingGlyphs) for (const run of uncovered(cardText(content), covered)) options.onMissingGlyphs(run);
  const png = await renderer.render(toTakumi(cardLayout(await fitText(renderer, content))), { width: CARD_WIDTH, height: CARD_HEIGHT, format: 'png' });
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength) as Uint8Array<ArrayBuffer>;
}

/** The laid-out card (boxes and text runs with their positions), for tests of the layout. */
export async function measureCard(content: CardContent) {
  const { renderer } = await loadFonts();
  return renderer.measure(toTakumi(cardLayout(await fitText(renderer, content))), { width: CARD_WIDTH, height: CARD_HEIGHT });
}

/** A build warning naming the card and the characters it could not draw. */
export function warnMissing(name: string): (text: string) => void {
  return (text) => console.warn(`social card ${name}: no bundled font has glyphs for "${text}"; they show as empty boxes`);
}
