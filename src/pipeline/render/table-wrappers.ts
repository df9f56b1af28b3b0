// Wide tables scroll inside a focusable, labelled box, so the page itself never does.
import type { Element, Root } from 'hast';
import { renderWords, type RenderWords } from './render-words.ts';
import { eachElement } from '../tree/each-element.ts';

/** `words` labels the boxes in the body's language; English when absent. */
export function tableWrappers(tree: Root, words: RenderWords = renderWords()): void {
  let tables = 0;
  eachElement(tree, (node: Element, index, parent) => {
    if (node.tagName !== 'table' || !parent || index === undefined) return undefined;
    tables += 1;
    parent.children[index] = {
      type: 'element',
      tagName: 'div',
      properties: { className: ['table-scroll'], role: 'region', ariaLabel: words.table(tables), tabIndex: 0 },
      children: [node],
    };
    // The walk goes on into the table itself, so a table nested in it is wrapped too.
    return undefined;
  });
}
