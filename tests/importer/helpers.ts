// Shared by the importer tests and the import CLI's: paths, the shipped content as the
// importer sees it, the real seeds when this checkout has them, and one way to import.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContentContext } from '../../src/drafts/content-context.ts';
import { importCopy, type ImportInput, type ImportResult } from '../../src/importer/import-copy.ts';
import { knownContent } from '../../src/importer/known-content.ts';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const wireDir = resolve(projectRoot, 'tests/fixtures/wire');
export const seedsDir = resolve(projectRoot, '../shared/seeds');

/** The seeds the tests name: a clean one, and one with three find-and-replace artifacts. */
export const SEED_CLEAN = '000_f528363065aa6762.txt';
export const SEED_ARTIFACTS = '004_395378935bacc910.txt';

export const wirePath = (name: string): string => resolve(wireDir, name);
export const seedPath = (name: string): string => resolve(seedsDir, name);
export const seedsPresent = [SEED_CLEAN, SEED_ARTIFACTS].every((name) => existsSync(seedPath(name)));
export const SEEDS_SKIP_REASON = `the raw seeds are not in ${seedsDir} (they live beside this checkout, not in it)`;

export function fixture(name: string): Buffer {
  return readFileSync(wirePath(name));
}

export function seed(name: string): Buffer {
  return readFileSync(seedPath(name));
}

export type Imported = Extract<ImportResult, { ok: true }>;

/** Imports bytes (or text) as `sourceName`; a refusal fails the test with its message. */
export function imported(input: Uint8Array | string, sourceName = 'raw-copy-17.txt'): Imported {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const result = importCopy(importInput(bytes, sourceName));
  if (!result.ok) throw new Error(`${sourceName}: ${result.message}`);
  return result;
}

/** Imports a fixture of tests/fixtures/wire/. */
export const importFixture = (name: string): Imported => imported(fixture(name), name);

/** Imports one of the real seeds (only under `seedsPresent`). */
export const importSeed = (name: string): Imported => imported(seed(name), name);

/** Importer input built from the shipped content/, with a fixed clock. */
export function importInput(bytes: Uint8Array, sourceName: string, extra: Partial<ImportInput> = {}): ImportInput {
  return {
    bytes,
    sourceName,
    ...knownContent(readContentContext(projectRoot)),
    now: Date.parse('2025-09-01T10:00:00Z'),
    ...extra,
  };
}

/** A draft's Markdown body: what follows the frontmatter. */
export function draftBody(text: string): string {
  return text.slice(text.indexOf('\n---\n', 4) + 5);
}
