// The card renderers compared in bench/cards/run.ts, each drawing the project's own card
// tree (src/social/card-layout.ts) to a 1200×630 PNG with the same Noto Sans subsets.
// satori lays out and writes SVG; resvg, sharp (libvips + librsvg) and Skia
// (@napi-rs/canvas) rasterise that SVG; takumi does layout, text and PNG in one call.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createCanvas, Image } from '@napi-rs/canvas';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import sharp from 'sharp';
import { CARD_FONT_FAMILY, CARD_HEIGHT, CARD_WIDTH, cardLayout, type CardContent } from '../../src/social/card-layout.ts';
import { renderCardPng } from '../../src/social/render-card.ts';

const require = createRequire(import.meta.url);
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek'];

let satoriFonts: Font[] | undefined;
function fonts(): Font[] {
  satoriFonts ??= SUBSETS.flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      // satori keeps one font per name and weight, so each subset is a family of its own.
      name: subset === 'latin' ? CARD_FONT_FAMILY : `${CARD_FONT_FAMILY} ${subset}`,
      data: readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return satoriFonts;
}

async function satoriSvg(content: CardContent): Promise<string> {
  return satori(cardLayout(content) as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: fonts(),
    loadAdditionalAsset: async () => [],
  });
}

export const RENDERERS: Record<string, (content: CardContent) => Promise<Uint8Array>> = {
  'takumi (shipped)': (content) => renderCardPng(content),
  'satori + resvg': async (content) =>
    new Resvg(await satoriSvg(content), { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } }).render().asPng(),
  'satori + sharp (librsvg)': async (content) =>
    sharp(Buffer.from(await satoriSvg(content)))
      .png({ compressionLevel: 3 })
      .toBuffer(),
  'satori + Skia (@napi-rs/canvas)': async (content) => {
    const image = new Image();
    image.src = Buffer.from(await satoriSvg(content));
    const canvas = createCanvas(CARD_WIDTH, CARD_HEIGHT);
    canvas.getContext('2d').drawImage(image, 0, 0);
    return canvas.encode('png');
  },
};
