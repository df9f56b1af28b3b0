import { describe, expect, it } from 'vitest';
import { measureCard, renderCardPng } from '../../src/social/render-card.ts';
import type { MeasuredNode } from '@takumi-rs/core';

const content = {
  kicker: 'Territory',
  title: 'Zelenskyy — Зеленський — says “no” to ceding land',
  text: 'Names in other scripts must render with the bundled font, not as empty boxes.',
  footer: 'Briefing',
  date: '1 September 2025',
};

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
    await renderCardPng(content, { onMissingGlyphs: (text) => missing.push(text) });
    expect(missing).toEqual([]);
  });

  it('reports text no bundled font covers', async () => {
    const missing: string[] = [];
    await renderCardPng({ ...content, title: 'Talks in 北京 continue this week' }, { onMissingGlyphs: (text) => missing.push(text) });
    expect(missing.join('')).toContain('北京');
  });

  it('reports an emoji headline, but not the joiners and selectors inside a sequence', async () => {
    const missing: string[] = [];
    await renderCardPng({ ...content, title: 'Leaders meet 🇺🇦 🤝 👩‍⚖️ in Brussels' }, { onMissingGlyphs: (text) => missing.push(text) });
    expect(missing.join('')).toContain('🤝');
    // eslint-disable-next-line no-misleading-character-class -- single code points on purpose
    expect(missing.join('')).not.toMatch(/[\u200d\ufe0f]/u);
  });

  it('keeps every line of text on the card, breaking words longer than a line', async () => {
    const measured = await measureCard({
      ...content,
      title: 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen and the border',
      text: `A${'very'.repeat(20)}longword without spaces`,
    });
    const rights: number[] = [];
    // Transforms are absolute: [a, b, c, d, x, y] of each box on the canvas.
    const walk = (node: MeasuredNode) => {
      for (const run of node.runs) rights.push(node.transform[4] + run.x + run.width);
      node.children.forEach(walk);
    };
    walk(measured);
    expect(rights.length).toBeGreaterThan(4);
    expect(Math.max(...rights)).toBeLessThanOrEqual(1200 - 72 + 1);
  });
});
