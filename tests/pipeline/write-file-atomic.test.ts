// Cache files appear whole or not at all: written beside their place, then renamed.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/pipeline/cache/write-file-atomic.ts';

const dir = mkdtempSync(join(tmpdir(), 'briefing-atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('writes and replaces a file, leaving no temporary file behind', () => {
    const file = join(dir, 'cache.bin');
    writeFileSync(file, 'old');
    writeFileAtomic(file, 'new text');
    writeFileAtomic(file, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(file)]).toEqual([1, 2, 3]);
    expect(readdirSync(dir)).toEqual(['cache.bin']);
  });

  it('throws when the file cannot be placed, and cleans up its temporary file', () => {
    // A folder where the file should go: the rename fails after the temporary file was written.
    const blocked = join(dir, 'blocked');
    mkdirSync(blocked);
    writeFileSync(join(blocked, 'inside'), 'x');
    expect(() => writeFileAtomic(blocked, 'data')).toThrow();
    expect(readdirSync(dir).sort()).toEqual(['blocked', 'cache.bin']);
  });
});
