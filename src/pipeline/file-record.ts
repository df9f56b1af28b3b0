// What the analysis of one file leaves behind (the record the cache keeps and worker
// threads send back), and what is needed to use a record later: its digest and, only
// when a diagnostic needs a position, a locator that reads the frontmatter again. Kept
// apart from analyze-file.ts so that cached runs never load the Markdown and schema
// libraries.
import { createHash } from 'node:crypto';
import type { Diagnostic } from './diagnostics.ts';
import type { BodyFacts } from './markdown/inspect-body.ts';
import { splitFrontmatter } from './parse/split-frontmatter.ts';
import { parseYaml, type Position } from './parse/yaml-document.ts';
import type { CollectionName } from './schema/index.ts';

export interface FileIdentity {
  /** Project-relative path with forward slashes, as printed in diagnostics. */
  file: string;
  collection: CollectionName;
  id: string;
}

export interface FileRecord extends FileIdentity {
  digest: string;
  diagnostics: Diagnostic[];
  /** The frontmatter as written, when it could be read as a mapping. */
  raw?: Record<string, unknown>;
  /** The frontmatter after its schema (defaults filled in), when it passed. */
  data?: unknown;
  body: string;
  bodyLine: number;
  facts?: BodyFacts;
}

export function digestOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}

export function isYamlFile(file: string): boolean {
  return file.endsWith('.yaml') || file.endsWith('.yml');
}

/** Where frontmatter fields sit, worked out from the text only when a diagnostic needs it. */
export function makeLocator(file: string, text: () => string | undefined): (path: ReadonlyArray<PropertyKey>) => Position {
  let locate: ((path: ReadonlyArray<PropertyKey>) => Position) | undefined;
  return (path) => {
    if (!locate) {
      locate = () => ({ line: 1, column: 1 });
      const source = text();
      if (source === undefined) return locate(path);
      let yaml = source;
      let yamlLine = 1;
      if (!isYamlFile(file)) {
        const split = splitFrontmatter(source);
        if (!split.ok) return locate(path);
        ({ yaml, yamlLine } = split);
      }
      const parsed = parseYaml(yaml);
      if (parsed.ok) {
        locate = (p) => {
          const at = parsed.locate(p);
          return { line: at.line + yamlLine - 1, column: at.column };
        };
      }
    }
    return locate(path);
  };
}
