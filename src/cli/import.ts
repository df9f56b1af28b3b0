// `npm run import -- <file> [--out <file>]`, or `-` to read the copy from stdin: turns raw
// wire copy into a draft item and prints what it did. Exit 0 when the draft is written,
// 1 when the input or the target is refused, 2 on a usage mistake.
import { readFileSync } from 'node:fs';
import { basename, relative, resolve, sep } from 'node:path';
import { readContentContext } from '../drafts/content-context.ts';
import { writeNewFile } from '../drafts/write-new-file.ts';
import { formatReport } from '../importer/format-report.ts';
import { importCopy } from '../importer/import-copy.ts';
import { knownContent } from '../importer/known-content.ts';
import { formatDiagnostic } from '../pipeline/format-diagnostics.ts';
import { loadContent } from '../pipeline/load-content-sync.ts';
import { isCliStop, parseCliArgs, type CliStop } from './parse-cli-args.ts';

const USAGE = 'usage: npm run import -- <raw-copy.txt | saved-page.html | -> [--out <draft.md>]';

const OPTIONS = { out: { type: 'string' } } as const;

/** The copy to import and where to put it, or what to print and the exit code. */
function readArgs(argv: string[]): { input: string; out?: string } | CliStop {
  const parsed = parseCliArgs(argv, OPTIONS, USAGE);
  if (isCliStop(parsed)) return parsed;
  const [input, ...more] = parsed.positionals;
  if (input === undefined) return { message: `name the raw copy to import (${USAGE})`, exitCode: 2 };
  if (more.length) return { message: `one input file at a time (${USAGE})`, exitCode: 2 };
  // parseArgs takes `--out ''` as a value; an empty name is no name.
  if (parsed.values.out === '') return { message: `--out needs a value (${USAGE})`, exitCode: 2 };
  return { input, ...(parsed.values.out ? { out: parsed.values.out } : {}) };
}

function readInput(path: string): Uint8Array | string {
  try {
    return readFileSync(path === '-' ? 0 : path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return `${path}: no such file`;
    if (code === 'EISDIR') return `${path} is a folder; name a file`;
    return `${path} cannot be read: ${code ?? (error as Error).message}`;
  }
}

function main(): number {
  const args = readArgs(process.argv.slice(2));
  if (isCliStop(args)) {
    console.error(args.message);
    return args.exitCode;
  }
  const bytes = readInput(args.input);
  if (typeof bytes === 'string') {
    console.error(`✗ ${bytes}`);
    return 1;
  }
  const root = process.cwd();
  const result = importCopy({
    bytes,
    sourceName: args.input === '-' ? 'stdin' : basename(args.input),
    ...knownContent(readContentContext(root)),
    now: Date.now(),
    ...(args.out ? { out: args.out } : {}),
  });
  if (!result.ok) {
    console.error(`✗ ${args.input === '-' ? 'stdin' : args.input}: ${result.message} (${result.hint})`);
    return 1;
  }
  const target = resolve(root, result.file);
  const written = writeNewFile(target, result.text);
  if (!written.ok) {
    console.error(`✗ ${written.message}`);
    return 1;
  }
  const shown = relative(root, target).split(sep).join('/');
  console.log(formatReport(result.report, shown));
  // Inside content/, show what `npm run check` will say about the new file.
  if (!shown.startsWith('..') && shown.startsWith('content/')) {
    const problems = loadContent({ root }).diagnostics.filter((d) => d.file === shown);
    if (problems.length) {
      console.log(`  npm run check says:`);
      for (const d of problems) console.log(`    ${formatDiagnostic(d)}`);
    }
  }
  return 0;
}

process.exitCode = main();
