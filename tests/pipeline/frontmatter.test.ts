import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/pipeline/parse/split-frontmatter.ts';
import { parseYaml } from '../../src/pipeline/parse/yaml-document.ts';

describe('splitFrontmatter', () => {
  it('returns the YAML and the line the body starts on', () => {
    const split = splitFrontmatter('---\ntitle: a\nlist:\n  - x\n---\n\nBody\n');
    expect(split).toMatchObject({ ok: true, yaml: 'title: a\nlist:\n  - x', yamlLine: 2, bodyLine: 6 });
  });

  it('never runs ---js frontmatter', () => {
    const globals = globalThis as { __briefingPwned?: boolean };
    for (const fence of ['---js', '---javascript', '---coffee', '---json']) {
      const split = splitFrontmatter(`${fence}\nglobalThis.__briefingPwned = true\n---\nBody\n`);
      expect(split.ok).toBe(false);
      expect(!split.ok && split.problems[0]!.rule).toBe('frontmatter-language');
    }
    expect(globals.__briefingPwned).toBeUndefined();
  });

  it('reports empty files, missing and unclosed frontmatter, and a bad closing fence', () => {
    const rule = (text: string) => {
      const split = splitFrontmatter(text);
      return split.ok ? 'ok' : split.problems[0]!.rule;
    };
    expect(rule('')).toBe('empty-file');
    expect(rule('  \n\n')).toBe('empty-file');
    expect(rule('Just text\n')).toBe('no-frontmatter');
    expect(rule('---\ntitle: a\n')).toBe('unclosed-frontmatter');
    expect(rule('---\ntitle: a\n---x\nbody\n---\n')).toBe('frontmatter-fence');
  });
});

describe('parseYaml', () => {
  it('keeps dates as the strings the editor wrote and locates keys', () => {
    const result = parseYaml('published: 2025-08-17\ntopics:\n  - a\n  - b\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toEqual({ published: '2025-08-17', topics: ['a', 'b'] });
    expect(result.locate(['topics', 1])).toEqual({ line: 4, column: 5 });
    expect(result.locate(['published'])).toEqual({ line: 1, column: 1 });
  });

  it('refuses duplicate keys, custom tags and alias bombs', () => {
    const rules = (text: string) => {
      const result = parseYaml(text);
      return result.ok ? [] : result.problems.map((p) => p.rule);
    };
    expect(rules('a: 1\na: 2\n')).toContain('duplicate-key');
    expect(rules('a: !!js/function "function () {}"\n')).toContain('yaml-tag');
    expect(rules('a: !custom x\n')).toContain('yaml-tag');
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const name of ['b', 'c', 'd', 'e', 'f', 'g']) {
      const previous = String.fromCharCode(name.charCodeAt(0) - 1);
      bomb.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
    }
    expect(rules(`${bomb.join('\n')}\n`)).toEqual(['yaml-aliases']);
  });
});
