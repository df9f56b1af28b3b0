// One content file, from bytes to a serialisable record: decode -> split frontmatter ->
// YAML -> zod schema of its collection -> Markdown tree and body facts. The record is
// what the cache keeps and what worker threads send back; nothing here throws for bad
// content. (About 160 lines: the stages in order, each failing into a diagnostic.)
import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { diagnostic, formatPath, type Diagnostic } from './diagnostics.ts';
import { inspectBody, type BodyFacts } from './markdown/inspect-body.ts';
import { parseMarkdown } from './markdown/parse-markdown.ts';
import { parseRawHtml } from './markdown/raw-html.ts';
import { decodeText } from './parse/decode-text.ts';
import { splitFrontmatter } from './parse/split-frontmatter.ts';
import { parseYaml, type Position } from './parse/yaml-document.ts';
import { digestOf, isYamlFile, type FileIdentity, type FileRecord } from './file-record.ts';
import { describeIssue } from './schema/describe-issue.ts';
import { schemaFor } from './schema/index.ts';
import type { RuleId } from './rules.ts';

/** Files larger than this are refused before parsing: no article is this long. */
export const MAX_FILE_BYTES = 256 * 1024;

/** The record, and for the renderer the Markdown tree and its raw HTML already parsed (markdown/raw-html.ts). */
type Analysis = { record: FileRecord; tree?: Root; rawHtml?: HastRoot | null; text?: string };

/** Where the analysis is, so an unexpected failure is reported at the right field and line. */
interface Stage {
  field: string;
  line: number;
}

/**
 * Every step below is written not to throw on content; should one throw all the same (a
 * library's bug on some input), the file gets a diagnostic at the step's field and line
 * instead of a stack trace ending the check or the build.
 */
export function analyzeFile(identity: FileIdentity, bytes: Uint8Array): Analysis {
  const stage: Stage = { field: 'file', line: 1 };
  try {
    return analyse(identity, bytes, stage);
  } catch (error) {
    const message = `the check failed unexpectedly here: ${error instanceof Error ? error.message : String(error)}`;
    const problem = diagnostic({
      file: identity.file,
      at: { line: stage.line, column: 1 },
      field: stage.field,
      rule: 'internal-error',
      message,
      hint: 'simplify this part of the file, and report the problem with the file attached',
    });
    return { record: { ...identity, digest: digestOf(bytes), diagnostics: [problem], body: '', bodyLine: 1 } };
  }
}

function analyse(identity: FileIdentity, bytes: Uint8Array, stage: Stage): Analysis {
  const { file, collection } = identity;
  const digest = digestOf(bytes);
  const base: FileRecord = { ...identity, digest, diagnostics: [], body: '', bodyLine: 1 };
  const fail = (problems: Array<{ line: number; column: number; rule: RuleId; message: string; hint?: string }>, field = 'file') => ({
    record: { ...base, diagnostics: problems.map((p) => diagnostic({ file, at: p, field, rule: p.rule, message: p.message, hint: p.hint })) },
  });
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return fail([
      {
        line: 1,
        column: 1,
        rule: 'file-size',
        message: `the file is ${Math.round(bytes.byteLength / 1024)} KiB; the limit is ${MAX_FILE_BYTES / 1024} KiB`,
        hint: 'split it into several items',
      },
    ]);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return fail([{ ...decoded, rule: 'encoding' }]);
  const text = decoded.text;

  let yaml = text;
  let yamlLine = 1;
  let body = '';
  let bodyLine = 1;
  if (!isYamlFile(file)) {
    const split = splitFrontmatter(text);
    if (!split.ok) return { ...fail(split.problems, 'frontmatter'), text };
    ({ yaml, yamlLine, body, bodyLine } = split);
  }

  Object.assign(stage, { field: 'frontmatter', line: yamlLine });
  const parsedYaml = parseYaml(yaml);
  const shift = (p: Position): Position => ({ line: p.line + yamlLine - 1, column: p.column });
  if (!parsedYaml.ok)
    return {
      ...fail(
        parsedYaml.problems.map((p) => ({ ...p, ...shift(p) })),
        'frontmatter',
      ),
      text,
    };
  const locate = (path: ReadonlyArray<PropertyKey>) => shift(parsedYaml.locate(path));

  const raw = parsedYaml.data;
  if (raw === null || raw === undefined || typeof raw !== 'object' || Array.isArray(raw)) {
    const what = raw === null || raw === undefined ? 'empty' : Array.isArray(raw) ? 'a list' : 'a single value';
    return {
      ...fail(
        [{ ...shift({ line: 1, column: 1 }), rule: 'frontmatter-shape', message: `the frontmatter is ${what}; it must be a set of fields (key: value)` }],
        'frontmatter',
      ),
      text,
    };
  }

  const diagnostics: Diagnostic[] = [];
  const schema = schemaFor(collection, identity.id);
  const result = schema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      for (const described of describeIssue(issue, schema, raw)) {
        diagnostics.push(
          diagnostic({
            file,
            at: locate(described.path),
            field: formatPath(described.path) || 'frontmatter',
            rule: described.rule,
            message: described.message,
            hint: described.hint,
          }),
        );
      }
    }
  }

  let tree: Root | undefined;
  let rawHtml: HastRoot | null | undefined;
  let facts: BodyFacts | undefined;
  if (!isYamlFile(file)) {
    Object.assign(stage, { field: 'body', line: bodyLine });
    const parsed = parseMarkdown(body);
    if (!parsed.ok) {
      diagnostics.push(
        diagnostic({ file, at: { line: parsed.line + bodyLine - 1, column: 1 }, field: 'body', rule: 'markdown', message: parsed.message, hint: parsed.hint }),
      );
    } else {
      tree = parsed.tree;
      const raw = parseRawHtml(tree);
      rawHtml = raw?.hast ?? null;
      facts = inspectBody(tree, bodyLine, raw);
      for (const p of facts.problems) diagnostics.push(diagnostic({ file, at: p, field: 'body', rule: p.rule, message: p.message, hint: p.hint }));
    }
  }
  const record: FileRecord = {
    ...base,
    diagnostics,
    raw: raw as Record<string, unknown>,
    ...(result.success ? { data: result.data } : {}),
    body,
    bodyLine,
    ...(facts ? { facts } : {}),
  };
  return { record, ...(tree ? { tree } : {}), ...(rawHtml !== undefined ? { rawHtml } : {}), text };
}
