// The plain-text part of the email edition (/email/<date>.txt): the same edition as the
// HTML part, with every link written out, for clients and readers that want no HTML.
import type { Edition } from './edition.ts';

function section(title: string, lines: string[]): string[] {
  return lines.length ? [title.toUpperCase(), '', ...lines, ''] : [];
}

export function renderEmailText(e: Edition): string {
  const lines = [
    e.siteTitle,
    e.headline,
    '='.repeat(e.headline.length),
    '',
    ...section(
      'Takeaways',
      e.takeaways.map((t) => `* ${t.text}${t.link ? ` (${t.link.text}: ${t.link.url})` : ''}`),
    ),
    ...section(
      'Items',
      e.items.flatMap((i) => [`${i.title}`, i.time, i.summary, ...i.keyPoints.map((p) => `  - ${p}`), i.url, '']),
    ),
    ...section(
      'Claim status changes',
      e.changes.flatMap((c) => [`${c.from} -> ${c.to}: ${c.text}`, `  By ${c.by}, in ${c.item.text}${c.note ? `. ${c.note}` : ''}`, `  ${c.item.url}`, '']),
    ),
    ...section(
      'Events',
      e.events.flatMap((ev) => [`${ev.time}: ${ev.title}`, `  ${ev.url}`]),
    ),
    ...section(
      'Corrections',
      e.corrections.flatMap((c) => [`${c.time}: ${c.text}`, `  ${c.item.text}: ${c.item.url}`]),
    ),
    ...(e.previous ? [`Previous day (${e.previous.text}): ${e.previous.url}`] : []),
    ...(e.next ? [`Next day (${e.next.text}): ${e.next.url}`] : []),
    `On the web: ${e.pageUrl}`,
    '',
    '-- ',
    `${e.siteTitle}: ${e.homeUrl}`,
    `Corrections and tips: ${e.contact.name} <${e.contact.email}>`,
    '',
  ];
  return lines.join('\n').replace(/\n{3,}/g, '\n\n');
}
