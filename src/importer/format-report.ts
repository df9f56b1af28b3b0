// The import report as the editor reads it in the terminal.
import { clipText } from '../pipeline/text/clip-text.ts';
import type { ImportReport } from './import-copy.ts';

const clip = (text: string) => clipText(text, 70);

export function formatReport(report: ImportReport, file: string): string {
  const out: string[] = [];
  out.push(`✓ imported ${report.source} → ${file} (status: draft)`);
  out.push(`  sha256 ${report.sha256}`);
  out.push(report.headline ? `  headline (line ${report.headline.line}): ${report.headline.text}` : '  headline: none found');
  if (report.dateline) out.push(`  dateline: ${report.dateline.text}`);
  if (report.agency) out.push(`  agency: ${report.agency}`);
  out.push(report.published.fromCopy ? `  published: ${report.published.value} (from line ${report.published.line})` : `  published: ${report.published.value} (no date in the copy: today; check it)`);
  if (report.updated) out.push(`  updated in the copy: ${report.updated.value} (line ${report.updated.line})`);
  out.push(`  structure: ${report.counts.headings} headings, ${report.counts.paragraphs} paragraphs, ${report.counts.lists} lists`);
  out.push(`  removed ${report.removed.length} line${report.removed.length === 1 ? '' : 's'}:`);
  for (const r of report.removed) out.push(`    line ${r.line}: ${r.why} — "${clip(r.text)}"`);
  out.push(`  topics suggested: ${report.topics.length ? '' : 'none'}`);
  for (const t of report.topics) out.push(`    ${t.id}${t.strong ? '' : ' (weaker, not in the draft)'}: ${t.triggers.map((x) => `"${x.phrase}" ×${x.count} (line ${x.line})`).join(', ')}`);
  out.push(`  actors suggested: ${report.actors.length ? '' : 'none'}`);
  for (const a of report.actors) out.push(`    ${a.id}: ${a.phrases.slice(0, 3).map((p) => `"${p.phrase}" ×${p.count}`).join(', ')} (first on line ${a.trigger.line})`);
  if (report.unknownNames.length) out.push(`  names that match no actor: ${report.unknownNames.map((n) => `${n.name} (${n.count})`).join(', ')}`);
  if (report.artifacts.length) {
    out.push(`  ⚠ ${report.artifacts.length} warning${report.artifacts.length === 1 ? '' : 's'}:`);
    for (const a of report.artifacts) out.push(`    ${report.source}:${a.line}:${a.column}${a.draftLine ? ` (${file}:${a.draftLine})` : ''} find-replace-artifact: ${a.message} (${a.hint})`);
  }
  out.push('  before publishing, fill in or check:');
  for (const t of report.todo) out.push(`    - ${t}`);
  return out.join('\n');
}
