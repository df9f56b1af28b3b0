// One content file, from bytes to a validated entry: decode -> split frontmatter -> safe
// YAML -> zod schema of its collection -> Markdown tree and body facts. Everything that
// goes wrong becomes a diagnostic; nothing here throws for bad content.
import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import { diagnostic, formatPath, type Diagnostic } from './diagnostics.ts';
import { inspectBody, type BodyFacts } from './markdown/inspect-body.ts';
import { parseMarkdown } from './markdown/parse-markdown.ts';
import { decodeText } from './parse/decode-text.ts';
import { splitFrontmatter } from './parse/split-frontmatter.ts';
import { parseYaml, type Position } from './parse/yaml-document.ts';
import { describeIssue } from './schema/describe-issue.ts';
import { schemas, type CollectionName } from './schema/index.ts';
import type { Actor, Article, Site, Topic } from './schema/index.ts';

export interface CollectionData {
  articles: Article;
  actors: Actor;
  topics: Topic;
  site: Site;
}

export interface Entry<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
  /** Project-relative path with forward slashes, as printed in diagnostics. */
  file: string;
  data: CollectionData[C];
  /** Markdown body ('' for YAML files) and the file line it starts on. */
  body: string;
  bodyLine: number;
  tree?: Root;
  facts?: BodyFacts;
  /** Where a frontmatter field sits in the file. */
  locate: (path: ReadonlyArray<PropertyKey>) => Position;
  /** Digest of the raw bytes: the cache key for everything derived from this file. */
  digest: string;
}

/**
 * A file whose frontmatter could be read, valid or not: the cross-file checks look at
 * its raw fields too, so one run reports every problem instead of one layer at a time.
 */
export interface CheckedFile {
  collection: CollectionName;
  id: string;
  file: string;
  raw: Record<string, unknown>;
  locate: (path: ReadonlyArray<PropertyKey>) => Position;
  facts?: BodyFacts;
  /** Present when the frontmatter passed its schema. */
  entry?: Entry;
}

export interface LoadEntryResult {
  entry?: Entry;
  checked?: CheckedFile;
  diagnostics: Diagnostic[];
}

/** Files larger than this are refused before parsing: no article is this long. */
export const MAX_FILE_BYTES = 256 * 1024;

export function loadEntry(file: string, collection: CollectionName, id: string, bytes: Uint8Array): LoadEntryResult {
  const fail = (problems: Array<{ line: number; column: number; rule: string; message: string; hint?: string }>, field = 'file'): LoadEntryResult => ({
    diagnostics: problems.map((p) => diagnostic(file, p, field, p.rule, p.message, p.hint)),
  });
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return fail([{ line: 1, column: 1, rule: 'file-size', message: `the file is ${Math.round(bytes.byteLength / 1024)} KiB; the limit is ${MAX_FILE_BYTES / 1024} KiB`, hint: 'split it into several items' }]);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return fail([{ ...decoded, rule: 'encoding' }]);
  const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 32);

  const isYamlFile = file.endsWith('.yaml') || file.endsWith('.yml');
  let yaml: string;
  let yamlLine = 1;
  let body = '';
  let bodyLine = 1;
  if (isYamlFile) {
    yaml = decoded.text;
  } else {
    const split = splitFrontmatter(decoded.text);
    if (!split.ok) return fail(split.problems, 'frontmatter');
    ({ yaml, yamlLine, body, bodyLine } = split);
  }

  const parsedYaml = parseYaml(yaml);
  const shift = (p: Position): Position => ({ line: p.line + yamlLine - 1, column: p.column });
  if (!parsedYaml.ok) return fail(parsedYaml.problems.map((p) => ({ ...p, ...shift(p) })), 'frontmatter');
  const locate = (path: ReadonlyArray<PropertyKey>) => shift(parsedYaml.locate(path));

  const raw = parsedYaml.data;
  if (raw === null || raw === undefined || typeof raw !== 'object' || Array.isArray(raw)) {
    const what = raw === null || raw === undefined ? 'empty' : Array.isArray(raw) ? 'a list' : `a single value`;
    return fail([{ ...shift({ line: 1, column: 1 }), rule: 'frontmatter-shape', message: `the frontmatter is ${what}; it must be a set of fields (key: value)` }], 'frontmatter');
  }

  const diagnostics: Diagnostic[] = [];
  const schema = schemas[collection];
  const result = schema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      for (const described of describeIssue(issue, schema, raw)) {
        diagnostics.push(diagnostic(file, locate(described.path), formatPath(described.path) || 'frontmatter', described.rule, described.message, described.hint));
      }
    }
  }

  let tree: Root | undefined;
  let facts: BodyFacts | undefined;
  if (!isYamlFile) {
    const parsed = parseMarkdown(body);
    if (!parsed.ok) {
      diagnostics.push(diagnostic(file, { line: parsed.line + bodyLine - 1, column: 1 }, 'body', 'markdown', parsed.message, parsed.hint));
    } else {
      tree = parsed.tree;
      facts = inspectBody(tree, bodyLine);
      for (const p of facts.problems) diagnostics.push(diagnostic(file, p, 'body', p.rule, p.message, p.hint));
    }
  }

  const checked: CheckedFile = { collection, id, file, raw: raw as Record<string, unknown>, locate, ...(facts ? { facts } : {}) };
  if (!result.success) return { checked, diagnostics };
  // A file whose fields are valid stays an entry even when its body has problems, so the
  // other files' checks still see it; the diagnostics fail the run either way.
  const entry: Entry = { collection, id, file, data: result.data as CollectionData[typeof collection], body, bodyLine, locate, digest };
  if (tree) entry.tree = tree;
  if (facts) entry.facts = facts;
  checked.entry = entry;
  return { entry, checked, diagnostics };
}
