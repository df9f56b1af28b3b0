import type { Diagnostic } from './diagnostics.ts';
import { visible } from './escape-text.ts';

/**
 * `content/articles/x.md:7:3 topics[1]: unknown topic "sanction" (did you mean "sanctions"? known: …) [unknown-reference]`:
 * the rule id ends the line, as vfile-reporter prints it, so an editor can look it up in docs/editing.md.
 * File names and texts from content are shown through `visible`, so none can act on the terminal.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const level = d.severity === 'error' ? '' : `${d.severity}: `;
  return visible(`${d.file}:${d.line}:${d.column} ${d.field}: ${level}${d.message}${d.hint ? ` (${d.hint})` : ''} [${d.rule}]`);
}

function escapeAnnotation(value: string, property = false): string {
  let out = visible(value).replace(/%/g, '%25');
  if (property) out = out.replace(/:/g, '%3A').replace(/,/g, '%2C');
  return out;
}

/** A GitHub Actions workflow command, so the problem shows on the pull request's diff. */
export function formatAnnotation(d: Diagnostic): string {
  const kind = d.severity === 'info' ? 'notice' : d.severity;
  const props = `file=${escapeAnnotation(d.file, true)},line=${d.line},col=${d.column},title=${escapeAnnotation(`${d.field} (${d.rule})`, true)}`;
  return `::${kind} ${props}::${escapeAnnotation(`${d.message}${d.hint ? ` (${d.hint})` : ''}`)}`;
}
