// The walk every render step makes over a body's HTML tree, with unist-util-visit's
// rules for what a visitor returns (`'skip'`: not into this element's children; a number:
// the index of the next sibling to visit; nothing: go on) and its order (an element,
// then its children as they are after the visitor ran). Written by hand because the
// twelve steps' walks were the largest cost of rendering after parsing: over the
// benchmark's 1,000 items unist-util-visit took about 6.5 s of the cold build's content
// phase (`npm run bench:profile`), closures and parent lists made per node; this loop
// makes none and took 0.2 s in the profile after (bench/profiles/profile-1000.md).
import type { Element, Root, RootContent } from 'hast';

export type ElementVisitor = (node: Element, index: number, parent: Root | Element) => number | 'skip' | undefined | void;

function walkChildren(parent: Root | Element, visitor: ElementVisitor): void {
  let index = 0;
  while (index < parent.children.length) {
    const node: RootContent = parent.children[index]!;
    let next = index + 1;
    if (node.type === 'element') {
      const result = visitor(node, index, parent);
      if (typeof result === 'number') next = result;
      if (result !== 'skip') walkChildren(node, visitor);
    }
    index = next;
  }
}

/** Calls `visitor` on every element under the root, in document order. */
export function eachElement(tree: Root, visitor: ElementVisitor): void {
  walkChildren(tree, visitor);
}
