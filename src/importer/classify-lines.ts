// First pass over the copy: every input line is kept as text, or set aside as wire
// metadata or junk, with the reason. Nothing is lost silently: the report lists it all.
import { INLINE_JUNK, agencyIn, matchJunk, type JunkKind } from './junk-rules.ts';
import type { DateOptions } from './parse-wire-date.ts';
import { readWireMetadata, type WireMetadata } from './wire-metadata.ts';

export type ClassifiedLine =
  | { line: number; kind: 'text'; text: string }
  | { line: number; kind: 'blank' }
  | { line: number; kind: 'metadata'; text: string; metadata: WireMetadata }
  | { line: number; kind: 'junk'; text: string; junk: JunkKind; rule: string; agency?: string };

// After "Related Coverage" come the linked headlines: short lines without final
// punctuation, up to the next blank line or sentence.
const LINK_LIST_RULES = new Set(['related-links']);
const LINK_HEADLINE = /^[^.!?…]{10,120}$/;

// Short lines above the headline with one or two words ("World", "Europe") are the
// site's section menu; a headline has more words than that.
const MENU_ITEM = /^[\p{L}&' -]{2,15}$/u;

export function classifyLines(lines: string[], options: DateOptions = {}): ClassifiedLine[] {
  let inLinkList = false;
  let atTop = true;
  const classified = lines.map((raw, i): ClassifiedLine => {
    const result = classifyLine(raw, i, options);
    if (atTop && result.kind === 'text') {
      if (MENU_ITEM.test(result.text) && result.text.trim().split(/\s+/).length <= 2)
        return { line: result.line, kind: 'junk', text: result.text, junk: 'furniture', rule: 'site-navigation' };
      atTop = false;
    }
    if (result.kind === 'junk' && LINK_LIST_RULES.has(result.rule)) inLinkList = true;
    else if (inLinkList && result.kind === 'text' && LINK_HEADLINE.test(result.text)) {
      return { line: result.line, kind: 'junk', text: result.text, junk: 'furniture', rule: 'related-links' };
    } else inLinkList = false;
    return result;
  });
  // A channel's name, wherever it stands alone, is the channel's header, not a headline.
  const channels = new Set(classified.flatMap((l) => (l.kind === 'metadata' && l.metadata.channel ? [l.metadata.channel] : [])));
  return classified.map((l) =>
    l.kind === 'text' && channels.has(l.text.trim()) ? { line: l.line, kind: 'junk', text: l.text.trim(), junk: 'furniture', rule: 'channel-name' } : l,
  );
}

function classifyLine(raw: string, i: number, options: DateOptions): ClassifiedLine {
  {
    const line = i + 1;
    // Non-breaking and zero-width spaces come with scraped HTML; they would otherwise
    // reach the schema's hidden-character check.
    const text = raw
      .replace(/[\u00a0\u2007\u202f]/g, ' ')
      .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
      .replace(/\s+$/, '');
    if (!text.trim()) return { line, kind: 'blank' };
    const metadata = readWireMetadata(text, options);
    if (metadata) return { line, kind: 'metadata', text: text.trim(), metadata };
    const rule = matchJunk(text);
    if (rule) {
      const agency = rule.agency ?? (rule.kind === 'agency' || rule.kind === 'boilerplate' || rule.kind === 'caption' ? agencyIn(text) : undefined);
      return { line, kind: 'junk', text: text.trim(), junk: rule.kind, rule: rule.id, ...(agency ? { agency } : {}) };
    }
    const cleaned = INLINE_JUNK.reduce((t, pattern) => t.replace(pattern, ''), text).trim();
    return cleaned ? { line, kind: 'text', text: cleaned } : { line, kind: 'blank' };
  }
}
