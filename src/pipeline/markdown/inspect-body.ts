// Reads the facts the checks need from a parsed body: every link and image with its
// position, heading ids, and the problems that need no other file (missing alt text).
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { headingSlugger } from './heading-ids.ts';

export interface BodyLink {
  href: string;
  line: number;
  column: number;
  /** `markdown` for [text](url) and definitions, `html` for raw <a href> / <img src>. */
  from: 'markdown' | 'html';
}

export interface BodyProblem {
  line: number;
  column: number;
  rule: string;
  message: string;
  hint?: string;
}

export interface BodyFacts {
  links: BodyLink[];
  headingIds: string[];
  problems: BodyProblem[];
  wordCount: number;
}

const HTML_URL_ATTRIBUTE = /\b(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi;
const HTML_IMG_WITHOUT_ALT = /<img\b(?![^>]*\balt\s*=\s*["']?[^"'\s>])[^>]*>/gi;

function lineColumnWithin(text: string, index: number, start: { line: number; column: number }) {
  const before = text.slice(0, index);
  const lines = before.split('\n');
  return lines.length === 1
    ? { line: start.line, column: start.column + index }
    : { line: start.line + lines.length - 1, column: lines[lines.length - 1]!.length + 1 };
}

export function inspectBody(tree: Root, bodyLine: number): BodyFacts {
  const links: BodyLink[] = [];
  const problems: BodyProblem[] = [];
  const headingIds: string[] = [];
  const slug = headingSlugger();
  const at = (node: { position?: { start: { line: number; column: number } } }) => ({
    line: (node.position?.start.line ?? 1) + bodyLine - 1,
    column: node.position?.start.column ?? 1,
  });

  visit(tree, (node) => {
    switch (node.type) {
      case 'link':
      case 'definition':
        links.push({ href: node.url, ...at(node), from: 'markdown' });
        break;
      case 'image':
        links.push({ href: node.url, ...at(node), from: 'markdown' });
        if (!node.alt || node.alt.trim() === '') {
          problems.push({ ...at(node), rule: 'image-alt', message: `image ${node.url} has no alt text`, hint: 'describe the image: ![What the picture shows](url)' });
        }
        break;
      case 'heading':
        headingIds.push(slug(toString(node)));
        break;
      case 'html': {
        const start = at(node);
        for (const match of node.value.matchAll(HTML_URL_ATTRIBUTE)) {
          const href = match[2] ?? match[3] ?? match[4] ?? '';
          links.push({ href, ...lineColumnWithin(node.value, match.index, start), from: 'html' });
        }
        for (const match of node.value.matchAll(HTML_IMG_WITHOUT_ALT)) {
          problems.push({ ...lineColumnWithin(node.value, match.index, start), rule: 'image-alt', message: 'image has no alt text', hint: 'add alt="what the picture shows"' });
        }
        break;
      }
    }
  });
  const text = toString(tree);
  const wordCount = text.split(/\s+/).filter(Boolean).length;
  return { links, headingIds, problems, wordCount };
}
