// Runs one render step on an HTML fragment and gives back the HTML: each step's tests
// then read as "this markup in, that markup out".
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

export function applyStep(html: string, step: (tree: Root) => void): string {
  const tree = fromHtml(html, { fragment: true });
  step(tree);
  return toHtml(tree);
}
