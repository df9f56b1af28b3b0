import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { eachElement, type ElementVisitor } from '../../../src/pipeline/tree/each-element.ts';

const HTML =
  '<div id="a"><p id="b">x<b id="c">y</b></p><img id="d"><table id="e"><tr id="f"><td id="g">z</td></tr></table></div><p id="h"><a id="i" class="anchor">#</a></p>';

/** The same visitor through unist-util-visit and through eachElement: same visits, same tree after. */
function both(visitor: (seen: string[]) => ElementVisitor) {
  const run = (walk: (tree: Root, v: ElementVisitor) => void) => {
    const tree = fromHtml(HTML, { fragment: true });
    const seen: string[] = [];
    walk(tree, visitor(seen));
    return { seen, html: toHtml(tree) };
  };
  const byLibrary = run((tree, v) => visit(tree, 'element', (node: Element, index, parent) => v(node, index!, parent as Root | Element) as never));
  return { byLibrary, byLoop: run(eachElement) };
}

describe('eachElement walks as unist-util-visit does', () => {
  it('visits every element in document order', () => {
    const { byLibrary, byLoop } = both((seen) => (node) => void seen.push(String(node.properties.id)));
    expect(byLoop).toEqual(byLibrary);
    // The HTML parser adds the <tbody> (no id).
    expect(byLoop.seen).toEqual(['a', 'b', 'c', 'd', 'e', 'undefined', 'f', 'g', 'h', 'i']);
  });

  it("skips an element's children on 'skip'", () => {
    const { byLibrary, byLoop } = both((seen) => (node) => {
      seen.push(String(node.properties.id));
      return node.tagName === 'table' ? 'skip' : undefined;
    });
    expect(byLoop).toEqual(byLibrary);
    expect(byLoop.seen).not.toContain('f');
  });

  it('goes on at the index a visitor returns after removing or inserting', () => {
    const { byLibrary, byLoop } = both((seen) => (node, index, parent) => {
      seen.push(String(node.properties.id));
      if (node.tagName === 'img' || node.properties.className) {
        parent.children.splice(index, 1);
        return index;
      }
      if (node.tagName === 'b') {
        parent.children.splice(index + 1, 0, { type: 'text', value: '!' });
        return index + 2;
      }
      return undefined;
    });
    expect(byLoop).toEqual(byLibrary);
    expect(byLoop.html).not.toContain('<img');
  });

  it('descends into the element as it is after the visitor, even when it was wrapped', () => {
    const { byLibrary, byLoop } = both((seen) => (node, index, parent) => {
      seen.push(String(node.properties.id));
      if (node.tagName === 'table') parent.children[index] = { type: 'element', tagName: 'div', properties: { id: 'wrap' }, children: [node] };
      return undefined;
    });
    expect(byLoop).toEqual(byLibrary);
    expect(byLoop.seen).toContain('g');
    expect(byLoop.seen).not.toContain('wrap');
  });
});
