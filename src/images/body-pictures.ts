// Body images: the stored HTML keeps `<img src="./file.png" title="Caption. Credit: …">`
// from the Markdown; at page build each becomes the same <figure><picture> as a lead
// picture. The HTML is our own sanitised output, read with a real HTML parser.
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { splitImageTitle } from '../pipeline/markdown/inspect-body.ts';
import type { PictureData } from './astro-images.ts';

function figure(picture: PictureData, alt: string, caption: string | undefined, credit: string): Element {
  const h = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
    type: 'element',
    tagName,
    properties,
    children,
  });
  return h('figure', { className: ['picture'] }, [
    h('picture', {}, [
      ...picture.sources.map((s) => h('source', { type: s.type, srcSet: s.srcset, sizes: picture.sizes })),
      h('img', { src: picture.src, alt, width: picture.width, height: picture.height, loading: 'lazy', decoding: 'async' }),
    ]),
    h('figcaption', {}, [
      ...(caption ? [{ type: 'text' as const, value: `${caption} ` }] : []),
      h('span', { className: ['credit'] }, [{ type: 'text', value: `Credit: ${credit}` }]),
    ]),
  ]);
}

/**
 * Replaces every content image in `html` with a figure; `load` makes the srcsets, or gives
 * undefined for a file that is no content picture (only raw HTML can name one: the check
 * refuses such Markdown images), and that image is left out.
 */
export async function withBodyPictures(html: string, load: (src: string) => Promise<PictureData | undefined>): Promise<string> {
  if (!html.includes('<img')) return html;
  const tree: Root = fromHtml(html, { fragment: true });
  const found: Array<{ node: Element; parent: Element | Root; index: number }> = [];
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName === 'img' && parent && index !== undefined) found.push({ node, parent: parent as Element | Root, index });
  });
  for (const { node, parent, index } of found.reverse()) {
    const { caption, credit } = splitImageTitle(typeof node.properties.title === 'string' ? node.properties.title : undefined);
    const picture = await load(String(node.properties.src));
    if (!picture) {
      parent.children.splice(index, 1);
      continue;
    }
    const replacement = figure(picture, String(node.properties.alt ?? ''), caption, credit ?? '');
    // A lone image sits in its own paragraph: the figure takes the paragraph's place.
    if (parent.type === 'element' && parent.tagName === 'p' && parent.children.length === 1) Object.assign(parent, replacement);
    else parent.children.splice(index, 1, replacement);
  }
  return toHtml(tree);
}
