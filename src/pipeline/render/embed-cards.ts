// Embeds as static link cards: a paragraph that holds nothing but a link to an allowlisted
// provider (a bare URL on its own line, or `[Title](url)` alone on its line) becomes a
// <figure class="embed-card"> naming the provider, the title when given, and the address.
// A pure tree function, run after sanitising, so its classes are ours.
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { embedProvider, type EmbedProvider } from './embed-providers.ts';
import { eachElement } from '../tree/each-element.ts';

function onlyLink(paragraph: Element): Element | undefined {
  const meaningful = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const [first] = meaningful;
  return meaningful.length === 1 && first?.type === 'element' && first.tagName === 'a' ? first : undefined;
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

function card(href: string, provider: EmbedProvider, title: string | undefined): Element {
  const children: ElementContent[] = [
    { type: 'element', tagName: 'figcaption', properties: { className: ['embed-provider'] }, children: [text(`${provider.kind} on ${provider.name}`)] },
  ];
  if (title) children.push({ type: 'element', tagName: 'p', properties: { className: ['embed-title'] }, children: [text(title)] });
  children.push({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'element', tagName: 'a', properties: { href }, children: [text(href)] }] });
  return { type: 'element', tagName: 'figure', properties: { className: ['embed-card'], dataEmbed: provider.name.toLowerCase() }, children };
}

/** Replaces, in place, every paragraph that is a lone provider link with a link card. */
export function embedCards(tree: Root): void {
  eachElement(tree, (node: Element, index, parent) => {
    if (node.tagName !== 'p' || !parent || index === undefined) return undefined;
    const link = onlyLink(node);
    const href = typeof link?.properties.href === 'string' ? link.properties.href : undefined;
    const provider = href ? embedProvider(href) : undefined;
    if (!link || !href || !provider) return undefined;
    const label = toString(link).trim();
    // A bare URL's text is the URL itself (GFM may drop a trailing slash): no title then.
    const title = label && label.replace(/\/$/, '') !== href.replace(/\/$/, '') ? label : undefined;
    parent.children[index] = card(href, provider, title);
    return 'skip';
  });
}
