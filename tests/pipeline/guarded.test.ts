// The last net under every check: an exception becomes a diagnostic at the place the
// check was working on, never a stack trace.
import { describe, expect, it } from 'vitest';
import { diagnostic, guarded } from '../../src/pipeline/diagnostics.ts';
import { formatDiagnostic } from '../../src/pipeline/format-diagnostics.ts';

describe('guarded', () => {
  const where = { file: 'content/articles/x.md', at: { line: 12, column: 3 }, field: 'body' };

  it("passes a check's diagnostics through", () => {
    const found = [diagnostic({ ...where, rule: 'broken-link', message: 'no page at /x/' })];
    expect(guarded(where, () => found)).toBe(found);
  });

  it('turns an exception into an internal-error diagnostic naming file, line and field', () => {
    const out = guarded(where, () => {
      throw new URIError('URI malformed');
    });
    expect(out.map(formatDiagnostic)).toEqual([
      'content/articles/x.md:12:3 body: the check failed unexpectedly here: URI malformed (simplify this part of the file, and report the problem with the file attached) [internal-error]',
    ]);
  });
});
