import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { siteFeed } from '../../src/feeds/build-feeds.ts';
import { renderAtom } from '../../src/feeds/atom.ts';
import { renderJsonFeed } from '../../src/feeds/json-feed.ts';
import { renderRss } from '../../src/feeds/rss.ts';
import { xmlText } from '../../src/feeds/xml.ts';
import { article, input } from './fixtures.ts';

// Titles and bodies that break naive string building. The body is written as the renderer
// writes feed HTML (hast-util-to-html: `&#x26;` for an ampersand; links absolute).
const hostile = article(
  'hostile',
  {
    title: 'Q&A: "quotes", <tags> & ]]> endings',
    summary: 'Ampersands & <angle brackets> in a summary.',
    published: '2025-08-17T08:00:00+02:00',
    updated: '2025-08-18',
  },
  '<p>Text with &#x26; and a <a href="https://news.example.org/x/?a=1&#x26;b=2">link</a> and ]]> and \u0001 a control.</p>',
);
const feed = siteFeed(input([hostile, article('plain')]));

describe('xmlText', () => {
  it('drops the characters XML forbids and keeps the rest for feedsmith to escape', () => {
    expect(xmlText(`a & b < c > "d" 'e'\u0000\u000b\ufffe\ud800`)).toBe(`a & b < c > "d" 'e'`);
    expect(xmlText('tab\tnew\nline ✓ 😀')).toBe('tab\tnew\nline ✓ 😀');
  });

  it('finds each forbidden character on its own, in otherwise clean text', () => {
    for (const bad of ['\u0000', '\u0008', '\u000b', '\u000c', '\u001f', '\ufffe', '\uffff', '\ud800', '\udfff']) {
      expect(xmlText(`clean ✓ 😀 ${bad}text`)).toBe('clean ✓ 😀 text');
    }
    expect(xmlText('a pair 😀 and a lone \ud83d')).toBe('a pair 😀 and a lone ');
  });
});

describe('renderRss', () => {
  const xml = renderRss(feed);
  it('is well-formed XML that a feed parser reads back unchanged', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = parseRssFeed(xml);
    const [first] = parsed.items!;
    expect(first!.title).toBe(hostile.data.title);
    expect(first!.description).toBe(hostile.data.summary);
    expect(first!.content?.encoded).toBe('<p>Text with &#x26; and a <a href="https://news.example.org/x/?a=1&#x26;b=2">link</a> and ]]> and  a control.</p>');
    expect(first!.pubDate).toBe('Sun, 17 Aug 2025 06:00:00 GMT');
    expect(parsed.lastBuildDate).toBe('Mon, 18 Aug 2025 00:00:00 GMT');
    expect(parsed.atom?.links?.[0]).toMatchObject({ href: 'https://news.example.org/rss.xml', rel: 'self' });
  });
});

describe('renderAtom', () => {
  const xml = renderAtom(feed);
  it('is well-formed Atom with ids, dates, links and escaped HTML content', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = parseAtomFeed(xml);
    expect(parsed.id).toBe('https://news.example.org/atom.xml');
    expect(parsed.updated).toBe('2025-08-18T00:00:00.000Z');
    const [first] = parsed.entries!;
    expect(first!.title).toEqual({ type: 'text', value: hostile.data.title });
    expect(first!.published).toBe('2025-08-17T06:00:00.000Z');
    expect(first!.updated).toBe('2025-08-18T00:00:00.000Z');
    expect(first!.links?.[0]?.href).toBe('https://news.example.org/articles/hostile/');
    expect(first!.content?.type).toBe('html');
    expect(first!.content?.value).toContain('<a href="https://news.example.org/x/?a=1&#x26;b=2">link</a>');
  });
});

describe('renderJsonFeed', () => {
  const json = renderJsonFeed(feed);
  it('is JSON Feed 1.1 with HTML content and RFC 3339 dates', () => {
    const parsed = parseJsonFeed(JSON.parse(json));
    expect(JSON.parse(json).version).toBe('https://jsonfeed.org/version/1.1');
    expect(parsed.feed_url).toBe('https://news.example.org/feed.json');
    const [first] = parsed.items!;
    expect(first).toMatchObject({
      id: 'https://news.example.org/articles/hostile/',
      title: hostile.data.title,
      date_published: '2025-08-17T06:00:00.000Z',
      date_modified: '2025-08-18T00:00:00.000Z',
      tags: ['Alpha & Omega'],
    });
    expect(first!.content_html).toContain('href="https://news.example.org/x/?a=1&#x26;b=2"');
  });

  it('writes `items` even when the feed has none, as JSON Feed 1.1 requires', () => {
    const empty = JSON.parse(renderJsonFeed(siteFeed(input([]))));
    expect(empty.items).toEqual([]);
    expect(Object.keys(empty).at(-1)).toBe('items');
    // With items, the key keeps feedsmith's place for it.
    expect(Object.keys(JSON.parse(json)).at(-1)).toBe('items');
  });
});
