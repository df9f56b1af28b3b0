// Splits a Markdown file into its YAML frontmatter and body with gray-matter, keeping
// line offsets. gray-matter's own engines never run: YAML is parsed by parse-yaml, and
// the `js`/`javascript`/`coffee` engines (which would evaluate `---js` blocks) are
// replaced by ones that refuse.
import matter from 'gray-matter';
import type { YamlProblem } from './yaml-document.ts';

export type Split = { ok: true; yaml: string; yamlLine: number; body: string; bodyLine: number } | { ok: false; problems: YamlProblem[] };

function refuse(): never {
  throw new Error('executable frontmatter is not allowed');
}

const ENGINES = {
  // The YAML is parsed later with positions; here gray-matter only has to cut the block.
  yaml: { parse: () => ({}) },
  js: { parse: refuse },
  javascript: { parse: refuse },
  coffee: { parse: refuse },
  coffeescript: { parse: refuse },
  cson: { parse: refuse },
};

function countLines(text: string, end: number): number {
  let lines = 1;
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) lines++;
  return lines;
}

export function splitFrontmatter(text: string): Split {
  if (text.trim() === '') {
    return {
      ok: false,
      problems: [
        {
          line: 1,
          column: 1,
          rule: 'empty-file',
          message: 'the file is empty',
          hint: 'start it with frontmatter between --- lines; `npm run new -- "Title"` writes a valid one',
        },
      ],
    };
  }
  const firstLineEnd = text.indexOf('\n');
  const firstLine = firstLineEnd === -1 ? text : text.slice(0, firstLineEnd);
  if (!firstLine.startsWith('---')) {
    return {
      ok: false,
      problems: [
        {
          line: 1,
          column: 1,
          rule: 'no-frontmatter',
          message: 'the file does not start with frontmatter',
          hint: 'the first line must be --- followed by the fields and a closing --- line',
        },
      ],
    };
  }
  const language = firstLine.slice(3).trim();
  if (language !== '' && language !== 'yaml') {
    return {
      ok: false,
      problems: [
        {
          line: 1,
          column: 4,
          rule: 'frontmatter-language',
          message: `frontmatter in "${language}" is not allowed: only YAML is read`,
          hint: 'start the file with a plain --- line',
        },
      ],
    };
  }
  const closing = /\n---[ \t]*(?:\n|$)/.exec(text.slice(firstLineEnd === -1 ? text.length : firstLineEnd));
  if (firstLineEnd === -1 || !closing) {
    return {
      ok: false,
      problems: [
        { line: 1, column: 1, rule: 'unclosed-frontmatter', message: 'the frontmatter is never closed', hint: 'add a line with only --- after the last field' },
      ],
    };
  }

  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, { engines: ENGINES, language: 'yaml' } as unknown as Parameters<typeof matter>[1]);
  } catch (error) {
    return { ok: false, problems: [{ line: 1, column: 1, rule: 'frontmatter', message: `the frontmatter could not be read: ${(error as Error).message}` }] };
  }
  // gray-matter's matter block begins with the newline that ends the opening line and
  // stops at the first "\n---", which must be a fence line of its own.
  const yaml = parsed.matter.startsWith('\n') ? parsed.matter.slice(1) : parsed.matter;
  const closeAt = firstLineEnd + parsed.matter.length;
  const bodyStart = text.length - parsed.content.length;
  if (!/^\n---[ \t]*(?:\n|$)/.test(text.slice(closeAt, closeAt + 64)) || !text.endsWith(parsed.content) || bodyStart <= closeAt) {
    const line = countLines(text, closeAt + 1);
    return {
      ok: false,
      problems: [
        {
          line,
          column: 1,
          rule: 'frontmatter-fence',
          message: 'a line starting with --- ends the frontmatter but holds more than ---',
          hint: 'the closing line must be exactly ---',
        },
      ],
    };
  }
  return { ok: true, yaml, yamlLine: 2, body: parsed.content, bodyLine: countLines(text, bodyStart) };
}
