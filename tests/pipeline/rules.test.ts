import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../src/pipeline/diagnostics.ts';
import { formatDiagnostic } from '../../src/pipeline/format-diagnostics.ts';
import { RULES } from '../../src/pipeline/rules.ts';

const guide = readFileSync(resolve(import.meta.dirname, '../../docs/editing.md'), 'utf8');
const documented = [...guide.matchAll(/^\| `([a-z0-9-]+)` \| (error|warning|info)/gm)].map((m) => [m[1], m[2]] as const);

describe('rule registry', () => {
  it('docs/editing.md lists every rule once, with its severity, and no rule that does not exist', () => {
    const table = new Map(documented);
    expect(documented.length).toBe(table.size);
    expect([...table.keys()].sort()).toEqual(Object.keys(RULES).sort());
    for (const [id, info] of Object.entries(RULES)) expect(table.get(id), id).toBe(info.severity);
  });

  it('takes the severity from the registry unless one is given', () => {
    const base = { file: 'content/a.md', at: { line: 3, column: 2 }, field: 'body', message: 'm' };
    expect(diagnostic({ ...base, rule: 'unsafe-url' }).severity).toBe('warning');
    expect(diagnostic({ ...base, rule: 'broken-link' }).severity).toBe('error');
    expect(diagnostic({ ...base, rule: 'placeholder', severity: 'warning' }).severity).toBe('warning');
  });

  it('prints the rule id at the end of the line', () => {
    const d = diagnostic({
      file: 'content/a.md',
      at: { line: 3, column: 2 },
      field: 'topics[0]',
      rule: 'unknown-reference',
      message: 'unknown topic "x"',
      hint: 'known: y',
    });
    expect(formatDiagnostic(d)).toBe('content/a.md:3:2 topics[0]: unknown topic "x" (known: y) [unknown-reference]');
  });
});
