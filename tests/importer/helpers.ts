// Shared by the importer tests: paths, the shipped content as the importer sees it, and
// the real seeds when this checkout has them.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContentContext } from '../../src/drafts/content-context.ts';
import type { ImportInput } from '../../src/importer/import-copy.ts';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const wireDir = resolve(projectRoot, 'tests/fixtures/wire');
export const seedsDir = resolve(projectRoot, '../shared/seeds');
export const seedsPresent = existsSync(resolve(seedsDir, '000_f528363065aa6762.txt')) && existsSync(resolve(seedsDir, '004_395378935bacc910.txt'));
export const SEEDS_SKIP_REASON = `the raw seeds are not in ${seedsDir} (they live beside this checkout, not in it)`;

export function fixture(name: string): Buffer {
  return readFileSync(resolve(wireDir, name));
}

export function seed(name: string): Buffer {
  return readFileSync(resolve(seedsDir, name));
}

/** Importer input built from the shipped content/, with a fixed clock. */
export function importInput(bytes: Uint8Array, sourceName: string, extra: Partial<ImportInput> = {}): ImportInput {
  const context = readContentContext(projectRoot);
  return {
    bytes,
    sourceName,
    actors: context.actors.map((a) => ({ id: a.id, name: a.data.name, aliases: a.data.aliases, affiliation: a.data.affiliation })),
    topics: context.topics.map((t) => ({ id: t.id, ...t.data, body: t.body })),
    articles: context.known.articles,
    timezone: context.timezone,
    now: Date.parse('2025-09-01T10:00:00Z'),
    ...extra,
  };
}
