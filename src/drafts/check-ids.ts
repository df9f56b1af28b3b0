// Topic and actor ids given on the command line are checked against content/ before any
// file is written, with the same did-you-mean hint as `npm run check`.
import { suggestion } from '../pipeline/did-you-mean.ts';
import { ID_PATTERN } from '../pipeline/schema/primitives.ts';

export interface IdProblem {
  message: string;
  hint: string;
}

/** Splits `a, b,c` into ids; empty pieces are dropped. */
export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function checkIds(kind: 'topic' | 'actor', values: string[], known: Iterable<string>): IdProblem[] {
  const knownList = [...known];
  const set = new Set(knownList);
  const problems: IdProblem[] = [];
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) {
      problems.push({ message: `${kind} "${value}" is given twice`, hint: 'list each id once' });
      continue;
    }
    seen.add(value);
    if (!set.has(value)) {
      const shape = ID_PATTERN.test(value) ? '' : ' (ids are kebab-case file names)';
      problems.push({ message: `unknown ${kind} "${value}"${shape}`, hint: suggestion(value, knownList) });
    }
  }
  return problems;
}
