// Writes a draft's frontmatter by hand rather than through a YAML serialiser, because a
// draft carries comments (provenance, why a topic was suggested, what to fill in) next to
// the fields they explain.

export type Scalar = string | number | boolean;
export type FieldValue = Scalar | Scalar[] | Array<Record<string, Scalar>>;

export interface DraftField {
  key: string;
  value: FieldValue;
  /** Comment at the end of the field's line (scalars) or above it (lists). */
  comment?: string;
  /** For lists: a comment at the end of each item's line, by index. */
  itemComments?: Array<string | undefined>;
}

export interface DraftSpec {
  /** Comment lines at the top of the frontmatter. */
  header: string[];
  fields: DraftField[];
  body: string;
}

const PLAIN = /^[A-Za-z0-9][^:#\n"'`{}[\],&*!|>%@]*$/;
const RESERVED = /^(?:true|false|null|yes|no|on|off|~|[-+]?(?:\d[\d_]*)?\.?\d+(?:e[-+]?\d+)?)$/i;

/** A YAML scalar: plain when that is unambiguous, double-quoted (JSON) otherwise. */
export function yamlScalar(value: Scalar): string {
  if (typeof value !== 'string') return String(value);
  if (/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2}))?$/.test(value)) return value;
  if (PLAIN.test(value) && !RESERVED.test(value) && value.trim() === value && !value.endsWith(' ')) return value;
  return JSON.stringify(value);
}

function comment(text: string | undefined): string {
  return text ? `  # ${text.replace(/\s*\n\s*/g, ' ')}` : '';
}

export function renderField(field: DraftField): string[] {
  const { key, value } = field;
  if (!Array.isArray(value)) return [`${key}: ${yamlScalar(value)}${comment(field.comment)}`];
  const lines: string[] = [];
  if (field.comment) lines.push(`# ${field.comment}`);
  if (value.length === 0) return [...lines, `${key}: []`];
  lines.push(`${key}:`);
  value.forEach((item, i) => {
    const note = comment(field.itemComments?.[i]);
    if (typeof item !== 'object') {
      lines.push(`  - ${yamlScalar(item)}${note}`);
      return;
    }
    Object.entries(item).forEach(([k, v], j) => lines.push(`  ${j === 0 ? '- ' : '  '}${k}: ${yamlScalar(v)}${j === 0 ? note : ''}`));
  });
  return lines;
}

export function renderDraft(spec: DraftSpec): string {
  const lines = ['---', ...spec.header.map((h) => (h ? `# ${h}` : '#')), ...spec.fields.flatMap(renderField), '---', ''];
  const body = spec.body.trim();
  return `${lines.join('\n')}\n${body ? `${body}\n` : ''}`;
}
