import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/pipeline/parse/decode-text.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('accepts UTF-8 and strips a BOM', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('---\ntitle: Café\n')]))).toEqual({ ok: true, text: '---\ntitle: Café\n' });
  });

  it('turns CRLF into LF so line numbers stay right', () => {
    expect(decodeText(bytes('a\r\nb\r\n'))).toEqual({ ok: true, text: 'a\nb\n' });
  });

  it('refuses UTF-16 with or without a BOM', () => {
    const utf16 = Buffer.from('---\ntitle: x\n---\n', 'utf16le');
    for (const input of [Buffer.concat([Buffer.from([0xff, 0xfe]), utf16]), utf16]) {
      const result = decodeText(input);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.message).toContain('UTF-16');
    }
  });

  it('names the line and column of the first byte that is not UTF-8', () => {
    const result = decodeText(Buffer.concat([bytes('---\ntitle: Caf'), Buffer.from([0xe9]), bytes(' au lait\n')]));
    expect(result).toMatchObject({ ok: false, line: 2, column: 11 });
    expect(!result.ok && result.message).toContain('not valid UTF-8');
  });

  it('refuses binary files and CR-only line endings', () => {
    expect(decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]))).toMatchObject({
      ok: false,
      message: expect.stringContaining('binary'),
    });
    expect(decodeText(bytes('---\rtitle: x\r---\r'))).toMatchObject({ ok: false, message: expect.stringContaining('CR-only') });
  });
});
