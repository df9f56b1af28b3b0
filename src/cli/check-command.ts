// `npm run check [-- --json] [files…]` (entry: check.ts): validates all content without building.
// Exit 0 when clean, 1 on any error, 2 on a usage mistake.
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { hasErrors, type Diagnostic } from '../pipeline/diagnostics.ts';
import { safeJson, visible } from '../pipeline/escape-text.ts';
import { formatAnnotation, formatDiagnostic } from '../pipeline/format-diagnostics.ts';
import { processContent, type ContentSet } from '../pipeline/load-content.ts';
import { plural } from '../pipeline/plural.ts';
import { isCliStop, parseCliArgs } from './parse-cli-args.ts';

const USAGE = 'usage: npm run check [-- --json] [content files…]';

function summary(content: ContentSet): string {
  const claims = content.articles.reduce((n, a) => n + (a.data.claims?.length ?? 0), 0);
  const sources = content.articles.reduce((n, a) => n + a.data.sources.length, 0);
  return `${content.articles.length} articles, ${content.actors.length} actors, ${content.topics.length} topics, ${content.authors.length} authors, ${content.updates.length} status update${content.updates.length === 1 ? '' : 's'}, ${claims} claims, ${sources} sources`;
}

async function main(): Promise<number> {
  const parsed = parseCliArgs(process.argv.slice(2), { json: { type: 'boolean', default: false } }, USAGE);
  if (isCliStop(parsed)) {
    console.error(visible(parsed.message));
    return parsed.exitCode;
  }
  const args = { json: parsed.values.json, files: parsed.positionals };
  const root = process.cwd();
  const missing = args.files.filter((file) => !existsSync(resolve(root, file)));
  if (missing.length > 0) {
    console.error(visible(`no such file: ${missing.join(', ')}`));
    return 2;
  }
  const started = performance.now();
  // The check also compares with the last commit, when git is there (the build does not).
  const content = await processContent({ root, history: true });
  // With file arguments, only their problems are shown; the rest of the content still
  // provides the context (ids, link targets) they are checked against.
  const only = new Set(args.files.map((f) => relative(root, resolve(root, f)).split(sep).join('/')));
  const shown: Diagnostic[] = only.size ? content.diagnostics.filter((d) => only.has(d.file)) : content.diagnostics;
  const failed = hasErrors(shown);
  const elapsed = Math.round(performance.now() - started);

  if (args.json) {
    process.stdout.write(
      `${safeJson({ ok: !failed, summary: { articles: content.articles.length, actors: content.actors.length, topics: content.topics.length, files: content.fileCount }, diagnostics: shown }, 2)}\n`,
    );
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
    console.error(`\n✗ ${plural(errors, 'error')} in ${plural(files, 'file')}${warnings ? `, ${plural(warnings, 'warning')}` : ''} (${elapsed} ms)`);
    return 1;
  }
  console.log(`✓ ${summary(content)} checked in ${elapsed} ms${warnings ? ` (${plural(warnings, 'warning')})` : ''}`);
  return 0;
}

// Content problems are diagnostics; this is the last net for a bug in the check itself,
// so even then the editor reads one line, not a stack trace.
process.exitCode = await main().catch((error: unknown) => {
  console.error(visible(`✗ the check failed unexpectedly: ${error instanceof Error ? error.message : String(error)} (please report it)`));
  return 2;
});
