// Every problem the pipeline finds is a value of this shape: collected for all files,
// printed once, never thrown.
import { RULES, type RuleId } from './rules.ts';

/** `info` is for the editor's attention only: never a failure, not printed by the build. */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** Path of the file relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line and column of the offending key, value or Markdown node. */
  line: number;
  column: number;
  /** Field path such as `sources[0].url`, `body` for Markdown, or `file` for the file itself. */
  field: string;
  /** Stable rule id from the registry in rules.ts, e.g. `unknown-reference`, `yaml-syntax`. */
  rule: RuleId;
  message: string;
  /** A fix to try: known values, "did you mean", an example. */
  hint?: string;
  severity: Severity;
}

export interface DiagnosticInput {
  file: string;
  at: { line: number; column: number };
  field: string;
  rule: RuleId;
  message: string;
  hint?: string | undefined;
  /** Defaults to the rule's severity in the registry. */
  severity?: Severity;
}

/** A problem as a value; its severity comes from the rule registry unless given. */
export function diagnostic({ file, at, field, rule, message, hint, severity }: DiagnosticInput): Diagnostic {
  return { file, line: at.line, column: at.column, field, rule, message, ...(hint ? { hint } : {}), severity: severity ?? RULES[rule].severity };
}

/**
 * Runs a check that is written not to throw; if it throws all the same, its failure is a
 * diagnostic at the given place (rule `internal-error`), never a stack trace.
 */
export function guarded(where: { file: string; at: { line: number; column: number }; field: string }, run: () => Diagnostic[]): Diagnostic[] {
  try {
    return run();
  } catch (error) {
    const message = `the check failed unexpectedly here: ${error instanceof Error ? error.message : String(error)}`;
    return [diagnostic({ ...where, rule: 'internal-error', message, hint: 'simplify this part of the file, and report the problem with the file attached' })];
  }
}

/** `sources[0].url` from a zod-style path. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.field < b.field ? -1 : a.field > b.field ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

export function hasErrors(list: Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}
