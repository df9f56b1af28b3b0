// What the content looked like in the last commit, for the checks that compare (a claim
// status edited in place, a published item deleted). Only files git reports as changed
// or deleted are read back, so a clean tree costs one `git diff`. Without git, without a
// repository or without a first commit there is no baseline and those checks are skipped.
import { execFileSync } from 'node:child_process';
import { splitFrontmatter } from '../parse/split-frontmatter.ts';
import { parseYaml } from '../parse/yaml-document.ts';

export interface Baseline {
  /** Frontmatter in the last commit of content files changed since, by project-relative path. */
  changed: Map<string, Record<string, unknown>>;
  /** Frontmatter in the last commit of content files deleted since. */
  deleted: Map<string, Record<string, unknown>>;
}

function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 16 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/** The frontmatter fields of a Markdown text, or undefined when they cannot be read. */
export function frontmatterOf(text: string): Record<string, unknown> | undefined {
  const split = splitFrontmatter(text.replace(/^\ufeff/, '').replace(/\r\n/g, '\n'));
  if (!split.ok) return undefined;
  const parsed = parseYaml(split.yaml);
  return parsed.ok && parsed.data && typeof parsed.data === 'object' && !Array.isArray(parsed.data) ? (parsed.data as Record<string, unknown>) : undefined;
}

export function gitBaseline(root: string, contentDir: string): Baseline | undefined {
  // --relative: paths come relative to the project root even inside a larger repository.
  const diff = git(root, ['diff', '--name-status', '--no-renames', '--relative', 'HEAD', '--', contentDir]);
  if (diff === undefined) return undefined;
  const baseline: Baseline = { changed: new Map(), deleted: new Map() };
  for (const line of diff.split('\n')) {
    const [state, file] = line.split('\t');
    if (!file || !file.endsWith('.md') || (state !== 'M' && state !== 'D')) continue;
    const text = git(root, ['show', `HEAD:./${file}`]);
    const fields = text === undefined ? undefined : frontmatterOf(text);
    if (fields) baseline[state === 'M' ? 'changed' : 'deleted'].set(file, fields);
  }
  return baseline;
}
