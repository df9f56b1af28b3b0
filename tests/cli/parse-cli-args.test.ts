// The one argument parser of the CLIs: parseArgs' values and positionals through, its
// errors as one short line with the usage, `--help` as a stop with exit 0.
import { describe, expect, it } from 'vitest';
import { isCliStop, parseCliArgs } from '../../src/cli/parse-cli-args.ts';

const USAGE = 'usage: tool [--json] [--topics a,b] files…';
const OPTIONS = { json: { type: 'boolean', default: false }, topics: { type: 'string' } } as const;
const parse = (...argv: string[]) => parseCliArgs(argv, OPTIONS, USAGE);

describe('parseCliArgs', () => {
  it('gives values and positionals, in either order and with --name=value', () => {
    const parsed = parse('a.md', '--topics=x,y', '--json', 'b.md');
    expect(isCliStop(parsed)).toBe(false);
    expect(parsed).toMatchObject({ values: { json: true, topics: 'x,y' }, positionals: ['a.md', 'b.md'] });
    expect(parse('--topics', 'x')).toMatchObject({ values: { json: false, topics: 'x' }, positionals: [] });
  });

  it('takes what follows -- as positionals, even when it looks like an option', () => {
    expect(parse('--', '--json')).toMatchObject({ values: { json: false }, positionals: ['--json'] });
  });

  it.each([
    [['--frobnicate'], 'unknown option --frobnicate'],
    [['-z'], 'unknown option -z'],
    [['a.md', '--topics'], '--topics needs a value'],
    [['--json=yes'], '--json takes no value'],
  ])('stops %j with exit 2: %s', (argv, problem) => {
    expect(parse(...argv)).toEqual({ message: `${problem} (${USAGE})`, exitCode: 2 });
  });

  it('answers --help and -h with the usage and exit 0', () => {
    expect(parse('--help')).toEqual({ message: USAGE, exitCode: 0 });
    expect(parse('a.md', '-h')).toEqual({ message: USAGE, exitCode: 0 });
  });
});
