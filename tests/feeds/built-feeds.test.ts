// Reads every feed of both shipped builds back with a real feed parser and checks it
// against the content: items, dates, links (absolute, under the base path, to real pages).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from 'feedsmith';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { loadContent } from '../../src/pipeline/load-content-sync.ts';
import { smartText } from '../../src/pipeline/markdown/smart-punctuation.ts';
import { dateValue } from '../../src/pipeline/schema/index.ts';
import { visibility } from '../../src/pipeline/visibility.ts';
import { PROJECT_ROOT } from '../support/build-site.ts';

const dist = inject('dist');
// The builds run with SOURCE_DATE_EPOCH (see build-site.ts): the same "now" decides here.
const now = Number(process.env.SOURCE_DATE_EPOCH ?? '1767225600') * 1000;
const content = loadContent({ root: PROJECT_ROOT, now });
const published = new Map(content.articles.filter((a) => visibility(a.data, now) === 'public').map((a) => [a.id, a.data]));
// Withdrawn items appear as a withdrawal entry; status updates as an entry per claim moved.
const withdrawn = new Map(content.articles.filter((a) => visibility(a.data, now) === 'withdrawn').map((a) => [a.id, a.data]));
const changes = content.updates.flatMap((u) => u.data.claims.map((c) => ({ anchor: `claim-${c.id}`, date: u.data.date })));
// The Ukrainian edition's feeds: a translated item under its Ukrainian title and /uk/ page.
const ukTitles = new Map(
  content.translations.filter((t) => t.id.startsWith('uk/articles/')).map((t) => [t.id.slice('uk/articles/'.length), (t.data as { title: string }).title]),
);

function feedFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/^(rss\.xml|atom\.xml|feed\.json|corrections\.xml)$/.test(entry.name)) found.push(path.slice(root.length));
    }
  };
  walk(root);
  return found.sort();
}

/** Item link → the built file it points to, checking it is absolute and under the base. */
function builtFile(root: string, origin: string, base: string, link: string): string {
  expect(link.startsWith(`${origin}${base}`), link).toBe(true);
  const path = new URL(link).pathname.slice(base.length - 1).replace(/\/$/, '/index.html');
  return join(root, path);
}

describe.each([
  { name: 'root build', root: dist.root, origin: 'https://briefing.example.org', base: '/' },
  { name: 'base-path build', root: dist.base, origin: 'https://newsroom.example.org', base: dist.basePath },
])('feeds of the $name', ({ root, origin, base }) => {
  const files = feedFiles(root);

  it('exist for the site, every topic and every actor, plus corrections', () => {
    const families = ['', ...content.topics.map((t) => `/topics/${t.id}`), ...content.actors.map((a) => `/actors/${a.id}`)].flatMap((f) => [f, `/uk${f}`]);
    const expected = [...families.flatMap((f) => [`${f}/atom.xml`, `${f}/feed.json`, `${f}/rss.xml`]), '/corrections.xml'];
    expect(files).toEqual(expected.sort());
  });

  it.each(feedFiles(root))('%s parses, with absolute links to built pages and dates from the content', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    if (file.endsWith('.xml')) expect(XMLValidator.validate(text)).toBe(true);
    const parsed = parseFeed(text);
    expect(parsed.format).toBe(file.endsWith('atom.xml') ? 'atom' : file.endsWith('.json') ? 'json' : 'rss');
    const items =
      parsed.format === 'rss'
        ? (parsed.feed.items ?? []).map((i) => ({ link: i.link!, date: i.pubDate!, title: i.title }))
        : parsed.format === 'atom'
          ? (parsed.feed.entries ?? []).map((e) => ({
              link: e.links![0]!.href!,
              date: e.published!,
              title: (e.title as { value?: string } | undefined)?.value,
            }))
          : parsed.format === 'json'
            ? (parsed.feed.items ?? []).map((i) => ({ link: i.url!, date: i.date_published!, title: i.title }))
            : [];
    const uk = file.startsWith('/uk/');
    // The edition's HTML pages are built by the edition's own routes; until they are in
    // the build, its links are checked against the translations instead.
    const ukPagesBuilt = existsSync(join(root, 'uk', 'index.html'));
    let previous = Infinity;
    for (const item of items) {
      const page = builtFile(root, origin, base, item.link.split('#')[0]!);
      if (!uk || ukPagesBuilt || !item.link.includes('/uk/')) expect(existsSync(page), `${item.link} → ${page}`).toBe(true);
      const time = Date.parse(item.date);
      const change = /\/claims\/#(claim-[^/]+)$/.exec(item.link);
      if (change) {
        expect(
          changes.some((c) => c.anchor === change[1] && dateValue(c.date) === time),
          item.link,
        ).toBe(true);
        // In the feed's words, linking the claims ledger of the feed's edition.
        expect(item.title).toMatch(uk ? /^Новий статус заяви — / : /^Claim now /);
        expect(item.link.includes('/uk/claims/'), item.link).toBe(uk);
      } else {
        const id = /\/articles\/([^/]+)\//.exec(item.link)![1]!;
        const article = published.get(id) ?? withdrawn.get(id);
        expect(article, id).toBeDefined();
        const translated = uk && !withdrawn.has(id) && ukTitles.has(id);
        expect(item.link.includes('/uk/articles/'), item.link).toBe(translated);
        if (!file.endsWith('corrections.xml')) {
          expect(time).toBe(dateValue(article!.published));
          // Titles are typeset with curly quotes when stored (src/loader/typography.ts).
          const title = translated ? smartText(ukTitles.get(id)!) : smartText(article!.title);
          expect(item.title).toBe(withdrawn.has(id) ? `${uk ? 'Відкликано' : 'Withdrawn'}: ${title}` : title);
        }
      }
      expect(time).toBeLessThanOrEqual(previous);
      previous = time;
    }
    if (/^(\/uk)?\/(rss\.xml|feed\.json|atom\.xml)$/.test(file)) expect(items).toHaveLength(published.size + withdrawn.size + changes.length);
  });

  it('in Ukrainian carry the translations’ text, with untranslated items marked as English', () => {
    const atom = readFileSync(join(root, 'uk', 'atom.xml'), 'utf8');
    expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="uk">');
    expect(atom).toContain('<title type="text">Брифінг новин</title>');
    const entries = atom.split('<entry').slice(1);
    const english = entries.filter((e) => e.startsWith(' xml:lang="en-GB">'));
    // Withdrawals and status changes are marked too: their words are the edition's, but
    // the editors' text in them (titles, claims, reasons) is the original's.
    expect(entries.length - english.length).toBe([...ukTitles.keys()].filter((id) => published.has(id)).length);
    expect(entries.find((e) => e.startsWith('>'))).toMatch(/<h2>Головне<\/h2>|<h2>Заяви та їхній статус<\/h2>/);
    const json = JSON.parse(readFileSync(join(root, 'uk', 'topics', 'guarantees', 'feed.json'), 'utf8')) as { language: string; title: string };
    expect(json.language).toBe('uk');
    expect(json.title).toMatch(/^Гарантії безпеки · /);
    expect(readFileSync(join(root, 'uk', 'rss.xml'), 'utf8')).toContain('<language>uk</language>');
  });

  it.each(files.filter((f) => f.endsWith('feed.json')))('%s has the `items` JSON Feed 1.1 requires, empty or not', (file) => {
    const json = JSON.parse(readFileSync(join(root, file), 'utf8')) as { items?: unknown };
    expect(Array.isArray(json.items), file).toBe(true);
  });

  it('leaves drafts and scheduled items out', () => {
    const all = files.map((f) => readFileSync(join(root, f), 'utf8')).join('\n');
    for (const article of content.articles) {
      if (published.has(article.id) || withdrawn.has(article.id)) continue;
      expect(all).not.toContain(`/articles/${article.id}/`);
    }
  });
});
