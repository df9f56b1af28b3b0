// Pictures in the body load lazily. Content pictures are local files; a remote or data:
// address can only come from raw HTML (the check refuses it in Markdown, image-paths.ts),
// and is left out of the page. ArticleView's body-pictures then swap in the optimised files.
import type { Element, Root } from 'hast';
import { classifyHref, isRemote } from '../markdown/classify-href.ts';
import { eachElement } from '../tree/each-element.ts';

export function bodyImages(tree: Root): void {
  eachElement(tree, (node: Element, index, parent) => {
    if (node.tagName !== 'img' || !parent || index === undefined) return undefined;
    if (isRemote(classifyHref(String(node.properties.src ?? '')))) {
      parent.children.splice(index, 1);
      return index;
    }
    node.properties.loading = 'lazy';
    node.properties.decoding = 'async';
    return undefined;
  });
}
