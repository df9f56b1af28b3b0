// Values shaped to break the code that reads them: a mapping whose `toString`, `valueOf`
// or `hasOwnProperty` is not a function cannot be turned into text or asked about its
// keys. The fuzz found one (`status: { toString: false }` threw inside the enum message);
// this walks the whole class: every field path of every shipped file, one path at a time,
// set to such a value, through the whole check (schema, cross-file checks, rendering).
// Each is a diagnostic, never the internal-error safety net, never an exception.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadContent } from '../../src/pipeline/load-content-sync.ts';

const HOSTILE = { toString: false, valueOf: false, hasOwnProperty: false, constructor: 'x' };

const root = mkdtempSync(join(tmpdir(), 'hostile-values-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });

interface Source {
  file: string;
  data: Record<string, unknown>;
  body: string | undefined;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(md|ya?ml)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function read(file: string): Source {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.md')) return { file, data: parse(text) as Record<string, unknown>, body: undefined };
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`no frontmatter in ${file}`);
  return { file, data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

function write(source: Source, data: unknown) {
  const yaml = stringify(data);
  writeFileSync(source.file, source.body === undefined ? yaml : `---\n${yaml}---\n${source.body}`);
}

/** Field paths up to three deep, list positions written as `*` (all of them at once). */
function pathsOf(value: unknown, prefix: string[] = [], depth = 0, out = new Set<string>()): Set<string> {
  if (depth >= 3 || value === null || typeof value !== 'object') return out;
  const entries = Array.isArray(value) ? value.map((v) => ['*', v] as const) : Object.entries(value);
  for (const [key, child] of entries) {
    const path = [...prefix, key];
    out.add(path.join('.'));
    pathsOf(child, path, depth + 1, out);
  }
  return out;
}

function replaced(value: unknown, path: string[]): unknown {
  if (path.length === 0) return HOSTILE;
  if (value === null || typeof value !== 'object') return value;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return head === '*' ? value.map((v) => replaced(v, rest)) : value;
  if (!(head! in value)) return value;
  return { ...value, [head!]: replaced((value as Record<string, unknown>)[head!], rest) };
}

const sources = filesUnder(join(root, 'content')).map(read);
const paths = [...new Set(sources.flatMap((s) => [...pathsOf(s.data)]))].sort();

describe('values that cannot be turned into text', () => {
  it('walks a real number of field paths', () => {
    // The shipped content has articles, actors, topics, pages, days, authors, updates,
    // territory, translations and site settings: some ninety distinct paths.
    expect(paths.length).toBeGreaterThan(80);
  });

  it.each(paths)('%s: a diagnostic, not a crash', (path) => {
    const touched = sources.filter((s) => pathsOf(s.data).has(path));
    for (const s of touched) write(s, replaced(s.data, path.split('.')));
    try {
      const result = loadContent({ root, cache: true, now: Date.parse('2025-09-01T00:00:00Z') });
      const crashes = result.diagnostics.filter((d) => d.rule === 'internal-error');
      expect(crashes.map((d) => `${relative(root, join(root, d.file))}: ${d.field}: ${d.message}`)).toEqual([]);
      // The bad value is reported, at a file that holds it.
      expect(result.diagnostics.length, path).toBeGreaterThan(0);
    } finally {
      for (const s of touched) write(s, s.data);
    }
  });
});
