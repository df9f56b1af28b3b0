// `npm run check [-- --json] [files…]`: validates all content without building.
// Exit 0 when clean, 1 on any error, 2 on a usage mistake.
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { hasErrors, type Diagnostic } from '../pipeline/diagnostics.ts';
import { formatAnnotation, formatDiagnostic } from '../pipeline/format-diagnostics.ts';
import { processContent, type ContentSet } from '../pipeline/load-content.ts';

interface Args {
  json: boolean;
  files: string[];
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { json: false, files: [] };
  for (const arg of argv) {
    if (arg === '--json') args.json = true;
    else if (arg === '--help' || arg === '-h') return 'usage: npm run check [-- --json] [content files…]';
    else if (arg.startsWith('-')) return `unknown option ${arg} (usage: npm run check [-- --json] [content files…])`;
    else args.files.push(arg);
  }
  return args;
}

function summary(content: ContentSet): string {
  const claims = content.articles.reduce((n, a) => n + (a.data.claims?.length ?? 0), 0);
  const sources = content.articles.reduce((n, a) => n + a.data.sources.length, 0);
  return `${content.articles.length} articles, ${content.actors.length} actors, ${content.topics.length} topics, ${claims} claims, ${sources} sources`;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(args);
    return args.startsWith('usage') ? 0 : 2;
  }
  const root = process.cwd();
  const missing = args.files.filter((file) => !existsSync(resolve(root, file)));
  if (missing.length > 0) {
    console.error(`no such file: ${missing.join(', ')}`);
    return 2;
  }
  const started = performance.now();
  const content = await processContent({ root });
  // With file arguments, only their problems are shown; the rest of the content still
  // provides the context (ids, link targets) they are checked against.
  const only = new Set(args.files.map((f) => relative(root, resolve(root, f)).split(sep).join('/')));
  const shown: Diagnostic[] = only.size ? content.diagnostics.filter((d) => only.has(d.file)) : content.diagnostics;
  const failed = hasErrors(shown);
  const elapsed = Math.round(performance.now() - started);

  if (args.json) {
    process.stdout.write(`${JSON.stringify({ ok: !failed, summary: { articles: content.articles.length, actors: content.actors.length, topics: content.topics.length, files: content.fileCount }, diagnostics: shown }, null, 2)}\n`);
    return failed ? 1 : 0;
  }
  const annotate = process.env.GITHUB_ACTIONS === 'true';
  for (const d of shown) {
    console.error(formatDiagnostic(d));
    if (annotate) console.log(formatAnnotation(d));
  }
  const errors = shown.filter((d) => d.severity === 'error').length;
  const warnings = shown.filter((d) => d.severity === 'warning').length;
  if (failed) {
    const files = new Set(shown.filter((d) => d.severity === 'error').map((d) => d.file)).size;
    console.error(`\n✗ ${errors} error${errors === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''} (${elapsed} ms)`);
    return 1;
  }
  console.log(`✓ ${summary(content)} checked in ${elapsed} ms${warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''}`);
  return 0;
}

process.exitCode = await main();
