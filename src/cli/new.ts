// `npm run new -- "Title" [--topics a,b] [--actors x,y] [--date YYYY-MM-DD]`: scaffolds a
// draft item. Exit 0 when written, 1 when refused (unknown id, clash, bad date), 2 on a
// usage mistake.
import { resolve } from 'node:path';
import { splitList } from '../drafts/check-ids.ts';
import { readContentContext } from '../drafts/content-context.ts';
import { scaffoldArticle } from '../drafts/scaffold-article.ts';
import { writeNewFile } from '../drafts/write-new-file.ts';
import { isCliStop, parseCliArgs } from './parse-cli-args.ts';

const USAGE = 'usage: npm run new -- "Headline of the item" [--topics a,b] [--actors x,y] [--date YYYY-MM-DD]';

const OPTIONS = { topics: { type: 'string' }, actors: { type: 'string' }, date: { type: 'string' } } as const;

function main(): number {
  const parsed = parseCliArgs(process.argv.slice(2), OPTIONS, USAGE);
  if (isCliStop(parsed)) {
    console.error(parsed.message);
    return parsed.exitCode;
  }
  if (parsed.positionals.length !== 1) {
    console.error(`${parsed.positionals.length ? 'one title only; put it in quotes' : 'a title is needed'} (${USAGE})`);
    return 2;
  }
  const args = { ...parsed.values, title: parsed.positionals[0]! };
  const root = process.cwd();
  const context = readContentContext(root);
  const result = scaffoldArticle({
    title: args.title,
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
