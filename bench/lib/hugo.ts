// Turns a generated corpus into a minimal Hugo site (same Markdown bodies, front matter
// Hugo accepts, single and list templates comparable to the Astro baseline's pages).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

export function hugoVersion(): string | undefined {
  try {
    return execFileSync('hugo', ['version'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

const CONFIG = `baseURL = "https://bench.example.org/"
title = "Synthetic Briefing"
languageCode = "en"
disableKinds = ["taxonomy", "term"]

[permalinks]
  articles = "/articles/:slug/"
  actors = "/actors/:slug/"
  topics = "/topics/:slug/"
`;

const HEAD = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }}</title>
{{ with .Params.summary }}<meta name="description" content="{{ . }}">{{ end }}
</head>
<body>
<main>`;
const FOOT = `</main>
</body>
</html>
`;

const SINGLE = `${HEAD}
<article>
<h1>{{ .Title }}</h1>
{{ with .Params.summary }}<p>{{ . }}</p>{{ end }}
{{ if not .Date.IsZero }}<time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "2006-01-02" }}</time>{{ end }}
{{ .Content }}
</article>
${FOOT}`;

const LIST = `${HEAD}
<h1>{{ .Title }}</h1>
<ul>
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul>
${FOOT}`;

const HOME = `${HEAD}
<h1>All articles</h1>
<ul>
{{ range where .Site.RegularPages "Section" "articles" }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "2006-01-02" }}</time></li>
{{ end }}</ul>
${FOOT}`;

/** One content file in Hugo's terms: slug from the file name, date, draft flag; the rest stays. */
export function convertFile(text: string, id: string): string {
  const end = text.indexOf('\n---', 4);
  const front = text.slice(4, end);
  const extra = [`slug: ${id}`];
  const published = /^published: (\S+)$/m.exec(front)?.[1];
  if (published) extra.push(`date: ${published}`);
  if (/^status: draft$/m.test(front)) extra.push('draft: true');
  const name = /^name: (.+)$/m.exec(front)?.[1];
  if (name && !/^title:/m.test(front)) extra.push(`title: ${name}`);
  return `---\n${extra.join('\n')}\n${text.slice(4)}`;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else if (entry.name.endsWith('.md')) out.push(path);
  }
  return out;
}

const HUGO_FOLDERS = ['articles', 'actors', 'topics'];

/** Writes <siteDir>/{hugo.toml,layouts,content} from <contentDir>; returns the number of pages. */
export function writeHugoSite(contentDir: string, siteDir: string): number {
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(join(siteDir, 'layouts', '_default'), { recursive: true });
  writeFileSync(join(siteDir, 'hugo.toml'), CONFIG);
  writeFileSync(join(siteDir, 'layouts', '_default', 'single.html'), SINGLE);
  writeFileSync(join(siteDir, 'layouts', '_default', 'list.html'), LIST);
  writeFileSync(join(siteDir, 'layouts', 'index.html'), HOME);
  let count = 0;
  // What the plain Astro blog renders and a little more (actors, topics): the briefing's
  // other folders (translations, day notes, updates, snapshots) have no Hugo templates.
  for (const file of HUGO_FOLDERS.flatMap((folder) => walk(join(contentDir, folder)))) {
    updateHugoFile(contentDir, siteDir, file);
    count++;
  }
  return count;
}

/** (Re)converts one content file, e.g. after the benchmark edited it. */
export function updateHugoFile(contentDir: string, siteDir: string, file: string): void {
  const target = join(siteDir, 'content', relative(contentDir, file));
  mkdirSync(join(target, '..'), { recursive: true });
  writeFileSync(target, convertFile(readFileSync(file, 'utf8'), basename(file, '.md')));
}
