import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/pipeline/markdown/parse-markdown.ts';
import { embedCards } from '../../src/pipeline/render/embed-cards.ts';
import { embedProvider } from '../../src/pipeline/render/embed-providers.ts';
import { renderMarkdown } from '../../src/pipeline/render/render-markdown.ts';

function paragraph(href: string, label = href): Element {
  return {
    type: 'element',
    tagName: 'p',
    properties: {},
    children: [{ type: 'element', tagName: 'a', properties: { href }, children: [{ type: 'text', value: label }] }],
  };
}

function render(markdown: string): string {
  const parsed = parseMarkdown(markdown);
  if (!parsed.ok) throw new Error(parsed.message);
  return renderMarkdown(parsed.tree, { base: '/', siteHost: 'briefing.example.org', resolveMarkdownLink: () => undefined }).html;
}

describe('embedCards (the tree function)', () => {
  it('turns a lone provider link into a card with provider and URL, and no title for a bare URL', () => {
    const tree: Root = { type: 'root', children: [paragraph('https://www.youtube.com/watch?v=abc')] };
    embedCards(tree);
    const card = tree.children[0] as Element;
    expect(card.tagName).toBe('figure');
    expect(card.properties).toMatchObject({ className: ['embed-card'], dataEmbed: 'youtube' });
    expect(card.children.map((c) => (c as Element).tagName)).toEqual(['figcaption', 'p']);
    expect(JSON.stringify(card)).toContain('Video on YouTube');
    expect(JSON.stringify(card)).toContain('https://www.youtube.com/watch?v=abc');
  });

  it('keeps the link text as the title when it is not the URL', () => {
    const tree: Root = { type: 'root', children: [paragraph('https://bsky.app/profile/x/post/1', 'The envoy’s post')] };
    embedCards(tree);
    const card = tree.children[0] as Element;
    expect((card.children[1] as Element).properties.className).toEqual(['embed-title']);
    expect(JSON.stringify(card.children[1])).toContain('The envoy’s post');
  });

  it('leaves other links, links inside sentences and provider home pages alone', () => {
    const sentence: Element = {
      ...paragraph('https://x.com/a/status/1'),
      children: [{ type: 'text', value: 'See ' }, ...paragraph('https://x.com/a/status/1').children],
    };
    const tree: Root = { type: 'root', children: [paragraph('https://wire.example/story'), sentence, paragraph('https://www.youtube.com/')] };
    const before = JSON.stringify(tree);
    embedCards(tree);
    expect(JSON.stringify(tree)).toBe(before);
  });

  it('knows the allowlisted providers by host, https only', () => {
    expect(
      ['https://youtu.be/abc', 'https://vimeo.com/1', 'https://twitter.com/a/status/1', 'https://t.me/channel/5', 'https://m.youtube.com/watch?v=1'].map(
        (u) => embedProvider(u)?.name,
      ),
    ).toEqual(['YouTube', 'Vimeo', 'X', 'Telegram', 'YouTube']);
    expect(embedProvider('https://mastodon.social/@newsdesk/113456789012345678')?.name).toBe('Mastodon');
    expect(embedProvider('https://medium.com/@writer/some-story-1234567')).toBeUndefined();
    expect(embedProvider('http://x.com/a/status/1')).toBeUndefined();
    expect(embedProvider('https://evil.example/x.com/a')).toBeUndefined();
  });
});

describe('embeds in the rendered body', () => {
  it('renders a bare URL on its own line as a static card: a link, never a frame or script', () => {
    const html = render('Before.\n\nhttps://x.com/envoy/status/123\n\nAfter.');
    expect(html).toContain('<figure class="embed-card" data-embed="x"><figcaption class="embed-provider">Post on X</figcaption>');
    expect(html).toContain('<a href="https://x.com/envoy/status/123" rel="noopener noreferrer external" class="external">https://x.com/envoy/status/123</a>');
    expect(html).not.toMatch(/<iframe|<script/);
  });

  it('strips raw iframes and scripts, whatever the provider', () => {
    const html = render('<iframe src="https://www.youtube.com/embed/abc"></iframe>\n\n<script src="https://platform.twitter.com/widgets.js"></script>');
    expect(html).not.toMatch(/<iframe|<script/);
  });
});
