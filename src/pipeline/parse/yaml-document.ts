// Safe YAML: the 1.2 core schema (no custom tags, no timestamps, no code), duplicate keys
// refused, alias expansion bounded. Keeps the parsed document so that every field can be
// traced back to the line and column where the editor wrote it.
import { CORE_SCHEMA, load as loadFast } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { RuleId } from '../rules.ts';

export interface Position {
  line: number;
  column: number;
}

export interface YamlProblem extends Position {
  rule: RuleId;
  message: string;
  hint?: string;
}

export type YamlResult = { ok: true; data: unknown; locate: (path: ReadonlyArray<PropertyKey>) => Position } | { ok: false; problems: YamlProblem[] };

/** A file that expands beyond this many alias references is refused as a resource-exhaustion attempt. */
const MAX_ALIAS_COUNT = 100;

function describeYamlError(code: string, message: string, source: string, offset: number): { message: string; hint?: string } {
  const firstLine = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  switch (code) {
    case 'DUPLICATE_KEY': {
      const key = /^[^:\n]*/.exec(source.slice(offset))![0].trim();
      return { message: key ? `the field "${key}" is written twice` : 'a field is written twice', hint: 'keep one of them' };
    }
    case 'TAG_RESOLVE_FAILED':
      return { message: `${firstLine}: custom YAML tags are not allowed`, hint: 'write the value as plain text, a number, a list or a mapping' };
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'BLOCK_AS_IMPLICIT_KEY':
      return { message: `YAML syntax: ${firstLine}`, hint: 'check the indentation and that each field is written as `key: value`' };
    case 'MULTIPLE_DOCS':
      return { message: 'only one YAML document is allowed here', hint: 'remove the extra --- line' };
    default:
      return { message: `YAML syntax: ${firstLine}` };
  }
}

/** Anchors and aliases need the careful parser, which bounds how far they expand. */
const ANCHOR_OR_ALIAS = /(?:^|[\s[{,:-])[&*][^\s]/m;

/**
 * Valid frontmatter without anchors takes the fast path (js-yaml, core schema, duplicate
 * keys refused); positions are then worked out only if a diagnostic asks for one. Errors
 * and anchors go through the `yaml` parser, which reports where and bounds aliases.
 */
export function parseYaml(source: string): YamlResult {
  if (!ANCHOR_OR_ALIAS.test(source)) {
    let data: unknown;
    let fast = true;
    try {
      data = loadFast(source, { schema: CORE_SCHEMA, json: false });
    } catch {
      fast = false;
    }
    if (fast) {
      let located: YamlResult | undefined;
      const locate = (path: ReadonlyArray<PropertyKey>): Position => {
        located ??= parseYamlCarefully(source);
        return located.ok ? located.locate(path) : { line: 1, column: 1 };
      };
      return { ok: true, data, locate };
    }
  }
  return parseYamlCarefully(source);
}

function parseYamlCarefully(source: string): YamlResult {
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(source, {
      lineCounter,
      schema: 'core',
      uniqueKeys: true,
      strict: true,
      prettyErrors: false,
      merge: false,
      stringKeys: false,
    });
  } catch (error) {
    return { ok: false, problems: [{ line: 1, column: 1, rule: 'yaml-syntax', message: `YAML could not be read: ${(error as Error).message}` }] };
  }
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problems: YamlProblem[] = [...doc.errors, ...doc.warnings].map((error) => {
    const described = describeYamlError(error.code, error.message, source, error.pos[0]);
    return {
      ...at(error.pos[0]),
      rule: error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : error.code === 'TAG_RESOLVE_FAILED' ? 'yaml-tag' : 'yaml-syntax',
      ...described,
    };
  });
  if (problems.length > 0) return { ok: false, problems };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const excessive = /alias/i.test((error as Error).message);
    return {
      ok: false,
      problems: [
        {
          line: 1,
          column: 1,
          rule: excessive ? 'yaml-aliases' : 'yaml-syntax',
          message: excessive ? 'YAML aliases expand into too large a structure' : `YAML could not be read: ${(error as Error).message}`,
          ...(excessive ? { hint: 'write the values out instead of using & anchors and * aliases' } : {}),
        },
      ],
    };
  }

  const locate = (path: ReadonlyArray<PropertyKey>): Position => {
    let node: Node | null | undefined = doc.contents as Node | null;
    let best: Position = node?.range ? at(node.range[0]) : { line: 1, column: 1 };
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) break;
        const key = pair.key as Node;
        if (key.range) best = at(key.range[0]);
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item) break;
        if (item.range) best = at(item.range[0]);
        node = item;
      } else {
        break;
      }
    }
    return best;
  };
  return { ok: true, data, locate };
}
