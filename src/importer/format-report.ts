// The import report as the editor reads it in the terminal.
import { clipText } from '../pipeline/text/clip-text.ts';
import type { ImportReport } from './import-copy.ts';

const clip = (text: string) => clipText(text, 70);

/** C1 controls are invisible in a terminal: show their code points. */
function visible(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}

export function formatReport(report: ImportReport, file: string): string {
  const out: string[] = [];
  out.push(`✓ imported ${report.source} → ${file} (status: draft)`);
  out.push(`  sha256 ${report.sha256}`);
  if (report.input === 'html') out.push('  input: a saved web page; the article was extracted with Readability (line numbers count its text)');
  if (report.headline) out.push(`  headline (line ${report.headline.line}): ${report.headline.text}`);
  else if (report.headlineUnsure)
    out.push(
      `  headline: unsure, not used: line ${report.headlineUnsure.line} "${clip(report.headlineUnsure.candidate)}" is ${report.headlineUnsure.why}; write the title`,
    );
  else out.push('  headline: none found; write the title');
  if (report.dateline) out.push(`  dateline: ${report.dateline.text}`);
  if (report.agency) out.push(`  agency: ${report.agency}`);
  if (report.channel) out.push(`  channel: ${report.channel}`);
  const p = report.published;
  out.push(
    'missing' in p
      ? `  published: no date in the copy; ${p.value} (today) stands in, and a TODO line at the top of the body keeps it from being published`
      : `  published: ${p.value} (from ${p.from}${p.sure ? '' : '; check it'})`,
  );
  if (report.repairs.length) out.push(`  repaired mojibake: ${report.repairs.map((r) => `${visible(r.from)} → ${r.to} ×${r.count}`).join(', ')}`);
  if (report.updated) out.push(`  updated in the copy: ${report.updated.value} (line ${report.updated.line})`);
  out.push(`  structure: ${report.counts.headings} headings, ${report.counts.paragraphs} paragraphs, ${report.counts.lists} lists`);
  out.push(`  removed ${report.removed.length} line${report.removed.length === 1 ? '' : 's'}:`);
  for (const r of report.removed) out.push(`    line ${r.line}: ${r.why} — "${clip(r.text)}"`);
  out.push(`  topics suggested: ${report.topics.length ? '' : 'none'}`);
  for (const t of report.topics)
    out.push(`    ${t.id}${t.strong ? '' : ' (weaker, not in the draft)'}: ${t.triggers.map((x) => `"${x.phrase}" ×${x.count} (line ${x.line})`).join(', ')}`);
  out.push(`  actors suggested: ${report.actors.length ? '' : 'none'}`);
  for (const a of report.actors)
    out.push(
      `    ${a.id}: ${a.phrases
        .slice(0, 3)
        .map((p) => `"${p.phrase}" ×${p.count}`)
        .join(', ')} (first on line ${a.trigger.line})`,
    );
  if (report.unknownNames.length) out.push(`  names that match no actor: ${report.unknownNames.map((n) => `${n.name} (${n.count})`).join(', ')}`);
  if (report.artifacts.length) {
    out.push(`  ⚠ ${report.artifacts.length} warning${report.artifacts.length === 1 ? '' : 's'}:`);
    for (const a of report.artifacts)
      out.push(`    ${report.source}:${a.line}:${a.column}${a.draftLine ? ` (${file}:${a.draftLine})` : ''} find-replace-artifact: ${a.message} (${a.hint})`);
  }
  out.push('  before publishing, fill in or check:');
  for (const t of report.todo) out.push(`    - ${t}`);
  return out.join('\n');
}
