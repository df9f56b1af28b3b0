// `npm run import -- <file> [--out <file>]`, or `-` to read the copy from stdin: turns raw
// wire copy into a draft item and prints what it did. Exit 0 when the draft is written,
// 1 when the input or the target is refused, 2 on a usage mistake.
import { readFileSync } from 'node:fs';
import { basename, relative, resolve, sep } from 'node:path';
import { readContentContext } from '../drafts/content-context.ts';
import { writeNewFile } from '../drafts/write-new-file.ts';
import { formatReport } from '../importer/format-report.ts';
import { importCopy } from '../importer/import-copy.ts';
import { formatDiagnostic } from '../pipeline/format-diagnostics.ts';
import { loadContent } from '../pipeline/load-content-sync.ts';

const USAGE = 'usage: npm run import -- <raw-copy.txt | saved-page.html | -> [--out <draft.md>]';

function parseArgs(argv: string[]): { input: string; out?: string } | string {
  let input: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return USAGE;
    if (arg === '--out' || arg.startsWith('--out=')) {
      out = arg === '--out' ? argv[++i] : arg.slice(6);
      if (!out) return `--out needs a file name (${USAGE})`;
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg} (${USAGE})`;
    else if (input === undefined) input = arg;
    else return `one input file at a time (${USAGE})`;
  }
  return input === undefined ? `name the raw copy to import (${USAGE})` : { input, ...(out ? { out } : {}) };
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
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(args);
    return args === USAGE ? 0 : 2;
  }
  const bytes = readInput(args.input);
  if (typeof bytes === 'string') {
    console.error(`✗ ${bytes}`);
    return 1;
  }
  const root = process.cwd();
  const context = readContentContext(root);
  const result = importCopy({
    bytes,
    sourceName: args.input === '-' ? 'stdin' : basename(args.input),
    actors: context.actors.map((a) => ({ id: a.id, name: a.data.name, aliases: a.data.aliases, affiliation: a.data.affiliation })),
    topics: context.topics.map((t) => ({ id: t.id, ...t.data, body: t.body })),
    articles: context.known.articles,
    timezone: context.timezone,
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
