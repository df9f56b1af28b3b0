// Random content for the fuzz suites: Markdown built from the pieces that have broken
// parsers before (brackets, percent signs, raw HTML, footnotes, controls, surrogates),
// frontmatter that is nearly valid, and link text and addresses of every shape.
import fc from 'fast-check';

const TRICKY = [
  '[',
  ']',
  '(',
  ')',
  '](',
  '[^',
  ']:',
  '#',
  '%',
  '%zz',
  '%E0%A4%A',
  '%ED%A0%80',
  '%',
  '<',
  '>',
  '</',
  '<a href="',
  '<a id="',
  '<img src="',
  '">',
  '"',
  "'",
  '&#x',
  '&#0;',
  '&colon;',
  '*',
  '_',
  '~',
  '`',
  '```',
  '|',
  '\\',
  '- ',
  '> ',
  '1. ',
  '\n',
  '\n\n',
  '\t',
  '    ',
  '---',
  '===',
  'javascript:',
  'data:',
  'https://',
  '//',
  './',
  '../',
  '.md',
  '?',
  '&',
  '=',
  ':',
  'fn-1',
  'user-content-',
  'main',
  '\u0000',
  '\u001b[2J',
  '\u202e',
  '\u2066',
  '\u200d',
  '\u200c',
  '\ufeff',
  '\ud800',
  '\udfff',
  '👩‍👩‍👧',
  '🇺🇦',
  'क्‍ष',
  'مرحبا',
  'שלום',
  '東京',
  'Київ',
];

const piece = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 }));

/** Markdown-ish text of up to a few hundred characters. */
export const markdown = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(''));

/** A link address: real URLs, relative paths and anything else. */
export const href = fc.oneof(
  fc.webUrl({ withFragments: true, withQueryParameters: true }),
  fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('')),
  fc
    .tuple(fc.constantFrom('./', '../', '/articles/', '#', '/', 'https://x.example/'), fc.array(piece, { maxLength: 6 }))
    .map(([start, rest]) => start + rest.join('')),
);

/** A link with random text and address, in Markdown or raw HTML. */
export const link = fc.tuple(markdown, href, fc.boolean()).map(([text, url, html]) => (html ? `<a href="${url}">${text}</a>` : `[${text}](${url})`));

const scalar = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '2025-08-17',
    '0001-01-01',
    '9999-12-31',
    '2025-02-30',
    '1969-12-31T23:59:59Z',
    '"\\uD800"',
    '~',
    'null',
    '[]',
    '{}',
    '&a x',
    '*a',
    '!!js/function f',
    '>-',
    '|',
  ),
  fc.integer(),
  fc.double(),
);

const FIELDS = [
  'title',
  'summary',
  'published',
  'updated',
  'status',
  'topics',
  'actors',
  'sources',
  'keyPoints',
  'claims',
  'events',
  'corrections',
  'name',
  'role',
  'order',
];

/** One YAML line, valid or not. */
const yamlLine = fc.oneof(
  fc.tuple(fc.constantFrom(...FIELDS), scalar).map(([key, value]) => `${key}: ${String(value)}`),
  fc
    .tuple(fc.constantFrom(...FIELDS), fc.array(scalar, { maxLength: 3 }))
    .map(([key, values]) => `${key}:\n${values.map((v) => `  - ${String(v)}`).join('\n')}`),
  markdown,
);

const VALID = [
  'title: A headline that is long enough',
  'summary: A summary that is long enough to pass the schema of an item.',
  'published: 2025-08-17',
  'topics: [things]',
  'sources:\n  - name: Invented\n    url: https://source.example/',
];

/** A whole file: frontmatter (mostly valid, some lines random) and a body with links. */
export const contentFile = fc
  .tuple(fc.subarray(VALID), fc.array(yamlLine, { maxLength: 6 }), fc.array(fc.oneof(markdown, link), { maxLength: 6 }), fc.boolean())
  .map(([valid, extra, body, fenced]) =>
    fenced ? `---\n${[...valid, ...extra].join('\n')}\n---\n\n${body.join('\n\n')}\n` : `${extra.join('\n')}\n${body.join('\n')}`,
  );

/** Frontmatter of any shape: arbitrary values under real and random keys, written as YAML. */
export const anyFrontmatter = fc
  .tuple(
    fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 8 })), fc.oneof(fc.jsonValue({ maxDepth: 3 }), scalar), { maxKeys: 8 }),
    fc.array(fc.oneof(markdown, link), { maxLength: 3 }),
  )
  .map(([fields, body]) => ({ fields, body: body.join('\n\n') }));
