// Card tree -> SVG (satori) -> pixels (resvg) -> PNG (encode-png.ts), with Noto Sans from
// the @fontsource package:
// no network, no browser, the same bytes on every build.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { encodePng } from './encode-png.ts';
import { CARD_FONT_FAMILY, CARD_HEIGHT, CARD_WIDTH, cardLayout, type CardContent } from './card-layout.ts';

// Latin first; the other subsets cover names and quotes in other scripts.
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek'];
const WEIGHTS = [400, 700] as const;

let fonts: Font[] | undefined;

function loadFonts(): Font[] {
  const require = createRequire(import.meta.url);
  fonts ??= SUBSETS.flatMap((subset) =>
    WEIGHTS.map((weight) => ({
      // One family per subset: satori keeps only one font per name and weight.
      name: subset === 'latin' ? CARD_FONT_FAMILY : `${CARD_FONT_FAMILY} ${subset}`,
      data: readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

export interface RenderOptions {
  /** Called with text no bundled font has glyphs for (it would show as empty boxes). */
  onMissingGlyphs?: (text: string) => void;
}

export async function renderCardSvg(content: CardContent, options: RenderOptions = {}): Promise<string> {
  // satori's types want a React element; the plain object tree is what it reads.
  return satori(cardLayout(content) as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: loadFonts(),
    // Asked only for glyphs the fonts lack; there is no network to fetch them from.
    loadAdditionalAsset: async (_language, segment) => {
      options.onMissingGlyphs?.(segment);
      return [];
    },
  });
}

export async function renderCardPng(content: CardContent, options: RenderOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await renderCardSvg(content, options);
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } }).render();
  return encodePng(image.pixels, image.width, image.height);
}

/** A build warning naming the card and the characters it could not draw. */
export function warnMissing(name: string): (text: string) => void {
  return (text) => console.warn(`social card ${name}: no bundled font has glyphs for "${text}"; they show as empty boxes`);
}
