// GFM task-list checkboxes become text: a disabled, unlabelled control helps nobody.
import type { Element, ElementContent, Root } from 'hast';
import { eachElement } from '../tree/each-element.ts';

function taskMarker(done: boolean): ElementContent[] {
  return [
    { type: 'element', tagName: 'span', properties: { className: ['task-marker'], ariaHidden: 'true' }, children: [{ type: 'text', value: done ? '☑' : '☐' }] },
    { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: done ? 'Done: ' : 'To do: ' }] },
  ];
}

export function taskMarkers(tree: Root): void {
  eachElement(tree, (node: Element, index, parent) => {
    if (node.tagName !== 'input' || !parent || index === undefined) return undefined;
    parent.children.splice(index, 1, ...taskMarker(Boolean(node.properties.checked)));
    return index + 2;
  });
}
