import { describe, expect, it } from 'vitest';
import { withBodyPictures } from '../../src/images/body-pictures.ts';
import type { PictureData } from '../../src/images/astro-images.ts';

const picture: PictureData = {
  sources: [
    { type: 'image/avif', srcset: '/_astro/a.avif 480w' },
    { type: 'image/webp', srcset: '/_astro/a.webp 480w' },
  ],
  src: '/_astro/a.png',
  width: 480,
  height: 300,
  sizes: '100vw',
};

describe('withBodyPictures', () => {
  it('turns a body image into a figure with sources, size, alt, caption and credit', async () => {
    const asked: string[] = [];
    const html = await withBodyPictures(
      '<p>Before.</p>\n<p><img src="./chart.png" alt="A chart of invented numbers" title="Invented chart. Credit: Test desk" loading="lazy" decoding="async"></p>',
      async (src) => {
        asked.push(src);
        return picture;
      },
    );
    expect(asked).toEqual(['./chart.png']);
    expect(html).toBe(
      '<p>Before.</p>\n<figure class="picture"><picture><source type="image/avif" srcset="/_astro/a.avif 480w" sizes="100vw"><source type="image/webp" srcset="/_astro/a.webp 480w" sizes="100vw">' +
        '<img src="/_astro/a.png" alt="A chart of invented numbers" width="480" height="300" loading="lazy" decoding="async"></picture>' +
        '<figcaption>Invented chart. <span class="credit">Credit: Test desk</span></figcaption></figure>',
    );
  });

  it('leaves HTML without images untouched', async () => {
    const html = '<p>No pictures <em>here</em>.</p>';
    expect(await withBodyPictures(html, async () => picture)).toBe(html);
  });
});

describe('withBodyPictures and raw HTML', () => {
  it('leaves out an image that names no content picture', async () => {
    expect(await withBodyPictures('<p>Text <img src="x" alt="raw"> more.</p>', async () => undefined)).toBe('<p>Text  more.</p>');
  });
});
