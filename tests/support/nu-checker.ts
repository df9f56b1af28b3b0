// The Nu Html Checker (vnu.jar from npm vnu-jar) over many HTML files in one JVM run:
// errors only, as `file:line:column: message` lines with the file relative to `root`.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const VNU_JAR: string = String(createRequire(import.meta.url)('vnu-jar'));

interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

export function checkHtml(files: string[], root: string): string[] {
  if (files.length === 0) throw new Error('checkHtml: no files to check');
  const run = spawnSync('java', ['-jar', VNU_JAR, '--format', 'json', '--errors-only', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw run.error;
  // vnu writes its JSON report to stderr and exits 1 when it found errors.
  let report: { messages: VnuMessage[] };
  try {
    report = JSON.parse(run.stderr);
  } catch {
    throw new Error(`vnu.jar gave no JSON report (exit ${run.status}):\n${run.stderr}${run.stdout}`);
  }
  return report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => {
      const file = m.url?.startsWith('file:') ? relative(root, fileURLToPath(m.url)) : (m.url ?? '?');
      const where = m.lastLine ? `:${m.lastLine}:${m.firstColumn ?? m.lastColumn ?? 0}` : '';
      return `${file}${where}: ${m.message}${m.extract ? ` [${m.extract.replace(/\s+/g, ' ').trim()}]` : ''}`;
    });
}
