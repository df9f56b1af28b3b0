import { describe, expect, it } from 'vitest';
import { renderCardPng, renderCardSvg } from '../../src/social/render-card.ts';

const content = { kicker: 'Territory', title: 'Zelenskyy — Зеленський — says “no” to ceding land', text: 'Names in other scripts must render with the bundled font, not as empty boxes.', footer: 'Briefing', date: '1 September 2025' };

function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('renderCardPng', () => {
  it('renders a 1200×630 PNG, byte-identical on a second run', async () => {
    const first = await renderCardPng(content);
    expect([...first.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngSize(first)).toEqual({ width: 1200, height: 630 });
    expect(first.byteLength).toBeLessThan(150_000);
    expect(Buffer.from(await renderCardPng(content)).equals(Buffer.from(first))).toBe(true);
  });

  it('has glyphs for Latin, Cyrillic and typographic punctuation in the bundled fonts', async () => {
    const missing: string[] = [];
    await renderCardSvg(content, { onMissingGlyphs: (text) => missing.push(text) });
    expect(missing).toEqual([]);
  });

  it('reports text no bundled font covers', async () => {
    const missing: string[] = [];
    await renderCardSvg({ ...content, title: 'Talks in 北京 continue this week' }, { onMissingGlyphs: (text) => missing.push(text) });
    expect(missing.join('')).toContain('北京');
  });
});
