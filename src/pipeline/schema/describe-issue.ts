// Turns zod issues into editor-facing messages: what is wrong with the value, in plain
// words, plus a hint (known fields, allowed values, did-you-mean). The wording is pinned
// by tests, so change it on purpose.
import { clipText } from '../text/clip-text.ts';
import type { z } from 'zod';
import { suggestion } from '../did-you-mean.ts';
import { isRuleId, type RuleId } from '../rules.ts';
import { plural } from '../plural.ts';

export interface DescribedIssue {
  /** Path of the field the message is about (for unknown keys: the key itself). */
  path: PropertyKey[];
  rule: RuleId;
  message: string;
  hint?: string;
}

type AnySchema = z.core.$ZodType;

function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (let i = 0; i < 10; i++) {
    const def = current._zod.def as unknown as { type: string; innerType?: AnySchema; in?: AnySchema };
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else break;
  }
  return current;
}

/** The schema that validates the value at `path`, or undefined when the path leaves the schema. */
export function schemaAt(root: AnySchema, path: ReadonlyArray<PropertyKey>): AnySchema | undefined {
  let current: AnySchema | undefined = unwrap(root);
  for (const segment of path) {
    if (!current) return undefined;
    const def = current._zod.def as unknown as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
    if (def.type === 'object' && def.shape && typeof segment === 'string') current = def.shape[segment];
    else if (def.type === 'array' && def.element && typeof segment === 'number') current = def.element;
    else return undefined;
    current = current ? unwrap(current) : undefined;
  }
  return current;
}

function objectKeys(schema: AnySchema | undefined): string[] {
  const def = schema?._zod.def as unknown as { type: string; shape?: Record<string, AnySchema> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function typeName(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `text "${clipText(value, 41)}"`;
  return `${typeof value} ${String(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields',
};

export function describeIssue(issue: z.core.$ZodIssue, root: AnySchema, data: unknown): DescribedIssue[] {
  const path = [...issue.path];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = objectKeys(schemaAt(root, path));
      return issue.keys.map((key) => ({
        path: [...path, key],
        rule: 'unknown-field',
        message: `unknown field "${key}"`,
        hint: suggestion(key, known, known.length),
      }));
    }
    case 'invalid_type': {
      const value = valueAt(data, path);
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (value === undefined) {
        return [{ path, rule: 'required', message: 'is required but missing', hint: `add it as ${expected}` }];
      }
      return [{ path, rule: 'type', message: `must be ${expected}, not ${typeName(value)}` }];
    }
    case 'too_small': {
      const min = issue.minimum;
      if (issue.origin === 'array') return [{ path, rule: 'length', message: `needs at least ${plural(min, 'entry', 'entries')}` }];
      if (issue.origin === 'string') return [{ path, rule: 'length', message: `is too short: at least ${plural(min, 'character')} needed` }];
      return [{ path, rule: 'range', message: `must be at least ${String(min)}` }];
    }
    case 'too_big': {
      const max = issue.maximum;
      if (issue.origin === 'array') {
        const count = (valueAt(data, path) as unknown[] | undefined)?.length;
        return [{ path, rule: 'length', message: `has ${count ?? 'too many'} entries, at most ${String(max)} allowed` }];
      }
      if (issue.origin === 'string') return [{ path, rule: 'length', message: `is too long: at most ${plural(max, 'character')} allowed` }];
      return [{ path, rule: 'range', message: `must be at most ${String(max)}` }];
    }
    case 'invalid_value': {
      const value = valueAt(data, path);
      const allowed = issue.values.map(String);
      return [
        {
          path,
          rule: 'enum',
          message: `${typeName(value)} is not allowed`,
          hint: suggestion(typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '', allowed).replace(
            'known:',
            'allowed:',
          ),
        },
      ];
    }
    case 'invalid_format':
      return [{ path, rule: 'format', message: issue.message }];
    case 'custom': {
      const params = issue.params as { rule?: string; hint?: string } | undefined;
      const named = params?.rule;
      return [{ path, rule: named && isRuleId(named) ? named : 'invalid', message: issue.message, ...(params?.hint ? { hint: params.hint } : {}) }];
    }
    default:
      return [{ path, rule: 'invalid', message: issue.message }];
  }
}
