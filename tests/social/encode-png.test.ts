// The PNG writer is checked by decoding what it writes with an independent decoder:
// resvg reads the PNG as an <image> and draws it back to pixels.
import { Resvg } from '@resvg/resvg-js';
import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/social/encode-png.ts';

function decode(png: Uint8Array, width: number, height: number): Uint8Array {
  const href = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image href="${href}" width="${width}" height="${height}" image-rendering="pixelated"/></svg>`;
  return new Resvg(svg).render().pixels;
}

function pattern(width: number, height: number, alpha: (x: number, y: number) => number): Uint8Array {
  const out = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      out.set([(x * 37) & 255, (y * 91) & 255, (x * y) & 255, alpha(x, y)], i);
    }
  }
  return out;
}

function chunks(png: Uint8Array): Array<{ type: string; data: Buffer }> {
  const buffer = Buffer.from(png);
  const out: Array<{ type: string; data: Buffer }> = [];
  for (let at = 8; at < buffer.length; ) {
    const length = buffer.readUInt32BE(at);
    out.push({ type: buffer.toString('latin1', at + 4, at + 8), data: buffer.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

describe('encodePng', () => {
  it('writes opaque pixels as RGB that decode to the same pixels', () => {
    const pixels = pattern(13, 7, () => 255);
    const png = encodePng(pixels, 13, 7);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const [ihdr] = chunks(png);
    expect(ihdr?.type).toBe('IHDR');
    expect(ihdr?.data[9]).toBe(2); // RGB
    expect(Buffer.from(decode(png, 13, 7)).equals(Buffer.from(pixels))).toBe(true);
  });

  it('reads pixels at any byte offset (the byte-by-byte path) to the same file', () => {
    const pixels = pattern(9, 5, () => 255);
    const shifted = new Uint8Array(pixels.length + 1).subarray(1);
    shifted.set(pixels);
    expect(Buffer.from(encodePng(shifted, 9, 5)).equals(Buffer.from(encodePng(pixels, 9, 5)))).toBe(true);
  });

  it('keeps the alpha channel when any pixel is not opaque', () => {
    const pixels = pattern(5, 4, (x, y) => (x === 2 && y === 1 ? 0 : 255));
    const png = encodePng(pixels, 5, 4);
    expect(chunks(png)[0]?.data[8]).toBe(8);
    expect(chunks(png)[0]?.data[9]).toBe(6); // RGBA
    const rows = inflateSync(chunks(png).find((c) => c.type === 'IDAT')!.data);
    expect(rows.length).toBe((5 * 4 + 1) * 4);
    expect(rows[1 * (5 * 4 + 1) + 1 + 2 * 4 + 3]).toBe(0);
    // Opaque pixels survive a round trip unchanged.
    expect(Buffer.from(decode(png, 5, 4)).subarray(0, 16).equals(Buffer.from(pixels).subarray(0, 16))).toBe(true);
  });

  it('ends with IEND and gives every chunk a correct CRC', () => {
    const png = encodePng(pattern(3, 3, () => 255), 3, 3);
    expect(chunks(png).map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const buffer = Buffer.from(png);
    for (let at = 8; at < buffer.length; ) {
      const length = buffer.readUInt32BE(at);
      expect(buffer.readUInt32BE(at + 8 + length)).toBe(crc32(buffer.subarray(at + 4, at + 8 + length)));
      at += 12 + length;
    }
  });

  it('refuses pixel data that does not match the size', () => {
    expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrow(/not 2×2 RGBA/);
  });
});
