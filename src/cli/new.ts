// `npm run new -- "Title" [--topics a,b] [--actors x,y] [--date YYYY-MM-DD]`: scaffolds a
// draft item. Exit 0 when written, 1 when refused (unknown id, clash, bad date), 2 on a
// usage mistake.
import { resolve } from 'node:path';
import { splitList } from '../drafts/check-ids.ts';
import { readContentContext } from '../drafts/content-context.ts';
import { scaffoldArticle } from '../drafts/scaffold-article.ts';
import { writeNewFile } from '../drafts/write-new-file.ts';

const USAGE = 'usage: npm run new -- "Headline of the item" [--topics a,b] [--actors x,y] [--date YYYY-MM-DD]';

interface Args {
  title?: string;
  topics?: string;
  actors?: string;
  date?: string;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--help' || flag === '-h') return USAGE;
    if (flag === '--topics' || flag === '--actors' || flag === '--date') {
      const value = inline ?? argv[++i];
      if (value === undefined) return `${flag} needs a value (${USAGE})`;
      args[flag.slice(2) as 'topics' | 'actors' | 'date'] = value;
    } else if (arg.startsWith('-') && arg.length > 1) {
      return `unknown option ${arg} (${USAGE})`;
    } else if (args.title === undefined) {
      args.title = arg;
    } else {
      return `one title only; put it in quotes (${USAGE})`;
    }
  }
  if (args.title === undefined) return `a title is needed (${USAGE})`;
  return args;
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(args);
    return args === USAGE ? 0 : 2;
  }
  const root = process.cwd();
  const context = readContentContext(root);
  const result = scaffoldArticle({
    title: args.title ?? '',
    topics: splitList(args.topics),
    actors: splitList(args.actors),
    ...(args.date !== undefined ? { date: args.date } : {}),
    known: context.known,
    timezone: context.timezone,
    now: Date.now(),
  });
  if (!result.ok) {
    for (const p of result.problems) console.error(`✗ ${p.message}${p.hint ? ` (${p.hint})` : ''}`);
    return 1;
  }
  const written = writeNewFile(resolve(root, result.file), result.text);
  if (!written.ok) {
    console.error(`✗ ${written.message}`);
    return 1;
  }
  console.log(`✓ wrote ${result.file} (status: draft)`);
  for (const note of result.notes) console.log(`  note: ${note}`);
  console.log('  next: replace every TODO (npm run check lists them), preview with npm run dev, then set status: published');
  return 0;
}

process.exitCode = main();
