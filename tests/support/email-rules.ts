// The rules an email-safe HTML document must keep, read with a real HTML parser: no
// script, nothing wider than 600 px, inline styles on the text elements, absolute links,
// images with alt and absolute src, no web fonts. Returns what breaks them, so a test
// can say which element is at fault.
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString as hastToString } from 'hast-util-to-string';

const MAX_WIDTH = 600;

export function emailProblems(html: string): string[] {
  const tree = fromHtml(html);
  const problems: string[] = [];
  const all = selectAll('*', tree) as Element[];
  if ((selectAll('script, iframe, object, embed, form, link[rel~=stylesheet]', tree) as Element[]).length)
    problems.push('script, frame, form or linked stylesheet present');
  if (/@import|@font-face|fonts\.googleapis|<link[^>]+font/i.test(html)) problems.push('web fonts referenced');
  for (const node of all) {
    const width = node.properties.width;
    if (width !== undefined && Number.parseInt(String(width), 10) > MAX_WIDTH) problems.push(`<${node.tagName} width="${width}">`);
    if (Object.keys(node.properties).some((key) => /^on[a-z]+$/i.test(key))) problems.push(`<${node.tagName}> has an event handler`);
  }
  const css = [...(selectAll('style', tree) as Element[]).map((s) => hastToString(s)), ...all.map((n) => String(n.properties.style ?? ''))].join('\n');
  for (const match of css.matchAll(/(?:^|[;{\s])(?:max-)?width\s*:\s*(\d+)px/g)) {
    if (Number(match[1]) > MAX_WIDTH) problems.push(`CSS width ${match[1]}px`);
  }
  for (const node of selectAll('a, p, li, h1, h2, h3, ul', tree) as Element[]) {
    if (!node.properties.style) problems.push(`<${node.tagName}> without an inline style: ${hastToString(node).slice(0, 40)}`);
  }
  for (const node of selectAll('a[href]', tree) as Element[]) {
    const href = String(node.properties.href);
    if (!/^(https:\/\/|mailto:)/.test(href)) problems.push(`relative or unsafe link ${href}`);
  }
  for (const node of selectAll('img', tree) as Element[]) {
    if (typeof node.properties.alt !== 'string') problems.push(`<img src="${node.properties.src}"> without alt`);
    if (!/^https:\/\//.test(String(node.properties.src))) problems.push(`<img> with a relative src ${node.properties.src}`);
  }
  return problems;
}
