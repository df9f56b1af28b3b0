// The schema's field documentation lives in `/** … */` comments next to each zod field
// (one source of truth, shown in TypeScript autocomplete). This reads them back from the
// schema source so the JSON Schemas and the Front Matter CMS config carry the same text.
// Each `strictObject({ … })` block is identified by its set of keys, which is how the
// generator matches it to the zod object it produced.

export type DocComments = Map<string, Map<string, string>>;

/** `a,b,c`: the sorted key set that identifies an object schema. */
export function keySignature(keys: Iterable<string>): string {
  return [...keys].sort().join(',');
}

function cleanComment(raw: string): string {
  return (
    raw
      .replace(/^\/\*\*|\*\/$/g, '')
      .split('\n')
      .map((l) => l.replace(/^\s*\*\s?/, '').trim())
      .filter(Boolean)
      .join(' ')
      .replace(/`/g, '')
      // A comment may open with a code value (`draft` items…); a description opens a sentence.
      .replace(/^./, (c) => c.toUpperCase())
  );
}

/** The text between an opening brace at `open` and its matching close. */
function block(source: string, open: number): string {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === '{') depth++;
    else if (source[i] === '}' && --depth === 0) return source.slice(open + 1, i);
  }
  return source.slice(open + 1);
}

export function readDocComments(sources: string[]): DocComments {
  const out: DocComments = new Map();
  for (const source of sources) {
    for (const match of source.matchAll(/strictObject\(\s*\{/g)) {
      const body = block(source, match.index + match[0].length - 1);
      const fields = new Map<string, string>();
      const keys: string[] = [];
      let depth = 0;
      let pendingComment: string | undefined;
      // Walk the block's top level: comments, keys, and nested brackets to skip.
      const token = /\/\*\*[\s\S]*?\*\/|\/\/[^\n]*|[{([]|[})\]]|^\s*([A-Za-z_$][\w$]*)\s*:/gm;
      for (const t of body.matchAll(token)) {
        const text = t[0];
        if (text.startsWith('/**')) {
          if (depth === 0) pendingComment = cleanComment(text);
        } else if (text.startsWith('//')) {
          continue;
        } else if ('{(['.includes(text)) depth++;
        else if ('})]'.includes(text)) depth--;
        else if (t[1] && depth === 0) {
          keys.push(t[1]);
          if (pendingComment) fields.set(t[1], pendingComment);
          pendingComment = undefined;
        }
      }
      out.set(keySignature(keys), fields);
    }
  }
  return out;
}
