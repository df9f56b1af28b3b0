// Raw HTML in a body is read once, by a real HTML parser over the whole body (parse5,
// through rehype-raw: a tag opened in one block may close in another), so entity-encoded
// or split-up attributes are seen as the browser and the sanitiser see them. The check
// reads the elements written in it (inspect-body.ts); the renderer sanitises the same
// tree (render/raw-html.ts) instead of parsing the HTML a second time.
import type { Element, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import rehypeRaw from 'rehype-raw';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

// Footnote ids are left bare here and prefixed once, by the sanitiser, like all content ids.
export const TO_HAST = { allowDangerousHtml: true, clobberPrefix: '' } as const;

const withRaw = unified().use(remarkRehype, TO_HAST).use(rehypeRaw).freeze();

interface RawNode {
  start: number;
  end: number;
  value: string;
}

/** The body's raw HTML nodes, with their offsets where the parser gave them. (A plain loop: see tree/each-element.ts.) */
function rawNodes(tree: Root): RawNode[] {
  const nodes: RawNode[] = [];
  const stack: Array<{ type: string; value?: string; children?: unknown[]; position?: { start: { offset?: number }; end: { offset?: number } } }> = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'html') nodes.push({ start: node.position?.start.offset ?? -1, end: node.position?.end.offset ?? -1, value: node.value ?? '' });
    else if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as (typeof stack)[number]);
  }
  return nodes;
}

/**
 * Whether an element starting at `offset` was written in raw HTML: its tag is written
 * there. (An element made from Markdown can start where raw HTML starts, a paragraph
 * that opens with `<b>`, but its own tag is not written there.)
 */
function writtenAt(nodes: RawNode[], offset: number, tagName: string): boolean {
  const node = nodes.find((n) => offset >= n.start && offset < n.end);
  return node !== undefined && node.value.slice(offset - node.start, offset - node.start + tagName.length + 1).toLowerCase() === `<${tagName.toLowerCase()}`;
}

/** Whether the body has raw HTML, the only input the HTML parser has work for. */
export function hasRawHtml(tree: Root): boolean {
  return rawNodes(tree).length > 0;
}

export interface RawHtml {
  /** The body's HTML tree with its raw HTML parsed, not yet sanitised. */
  hast: HastRoot;
  /** The elements written in raw HTML (not made from Markdown), in document order, with where each starts. */
  elements: Array<{ element: Element; start: { line: number; column: number } }>;
}

/** The body's raw HTML, parsed; undefined when it has none. Does not change the Markdown tree. */
export function parseRawHtml(tree: Root): RawHtml | undefined {
  // One walk finds the raw HTML and where it is; a body without any is not parsed again.
  const nodes = rawNodes(tree);
  if (nodes.length === 0) return undefined;
  const hast = withRaw.runSync(tree) as HastRoot;
  const elements: RawHtml['elements'] = [];
  // An element the parser makes up has no position: one inside raw HTML (the <tbody> of a
  // written <table>) is raw with its parent; one elsewhere (the footnotes' section, a
  // formatting element the parser reopens, whose original is listed) is not.
  const raw = new Map<Element, { line: number; column: number }>();
  const listed = new Set<string>();
  visit(hast, 'element', (element: Element, _index, parent) => {
    const point = element.position?.start;
    const start =
      point?.offset !== undefined
        ? writtenAt(nodes, point.offset, element.tagName)
          ? { line: point.line, column: point.column }
          : undefined
        : parent?.type === 'element'
          ? raw.get(parent)
          : undefined;
    if (!start) return;
    raw.set(element, start);
    // A formatting element the parser reopens may carry its original's position: list the tag once.
    const key = `${element.tagName}@${start.line}:${start.column}`;
    if (point && listed.has(key)) return;
    listed.add(key);
    elements.push({ element, start });
  });
  return { hast, elements };
}
